import type { CriterionValue } from '@antq/domain';

export type Tone = 'met' | 'partial' | 'not_met' | 'empty';

export interface GridCell {
  tone: Tone;
  /** What the cell shows: a status key (met, largely_met, not_met) or the points. */
  status?: 'met' | 'largely_met' | 'not_met';
  points?: number;
  verified: boolean;
}

/** How one ward's result on one criterion is drawn: its tone, what it shows, and whether the district verified it. */
export function gridCell(entry: { value: CriterionValue; verified: boolean; met: boolean } | undefined, max: number): GridCell {
  if (!entry) return { tone: 'empty', verified: false };
  const { value, verified } = entry;
  if ('status' in value) {
    const tone: Tone = value.status === 'met' ? 'met' : value.status === 'largely_met' ? 'partial' : 'not_met';
    return { tone, status: value.status, verified };
  }
  const tone: Tone = value.points >= max ? 'met' : value.points > 0 ? 'partial' : 'not_met';
  return { tone, points: value.points, verified };
}

/** Consecutive criteria of the same group, for the grid's group header row. */
export function groupSpans(criteria: ReadonlyArray<{ groupCode: string }>): Array<{ groupCode: string; span: number }> {
  const spans: Array<{ groupCode: string; span: number }> = [];
  for (const c of criteria) {
    const last = spans[spans.length - 1];
    if (last && last.groupCode === c.groupCode) last.span++;
    else spans.push({ groupCode: c.groupCode, span: 1 });
  }
  return spans;
}

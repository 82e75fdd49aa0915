import type { ReviewStatus } from '@antq/domain';
import type { RouterOutputs } from '../../api/types';

export type WardHomeOutput = RouterOutputs['home']['ward'];
export type DistrictHomeOutput = RouterOutputs['home']['district'];
export type DistrictHomeCampaign = DistrictHomeOutput['campaigns'][number];
type WorkState = WardHomeOutput['campaigns'][number]['plan'];

/** Whole days from `today` to `deadline` (both yyyy-mm-dd): 0 on the day, negative once past. */
export function daysUntil(today: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** What a ward has to do about one plan or self-assessment, most urgent first. */
export type Urgency = 'returned' | 'overdue' | 'todo' | 'waiting' | 'done';
const urgencyRank: Record<Urgency, number> = { returned: 0, overdue: 1, todo: 2, waiting: 3, done: 4 };

export interface WorkItem {
  campaignId: string;
  campaignName: string;
  part: 'plan' | 'assessment';
  status: ReviewStatus;
  deadline: string;
  daysLeft: number;
  urgency: Urgency;
  /** The campaign is locked: nothing can be sent until the district unlocks it. */
  locked: boolean;
  submissions: number;
  late: boolean;
  returnReason?: string;
  returnedAt?: string;
  returnedBy?: string;
  lastSubmittedAt?: string;
}

function urgencyOf(state: WorkState, daysLeft: number): Urgency {
  if (state.status === 'returned') return 'returned';
  if (state.status === 'submitted') return 'waiting';
  if (state.status === 'approved') return 'done';
  return daysLeft < 0 ? 'overdue' : 'todo';
}

/**
 * The ward's home list: one item per plan and self-assessment of its open campaigns, returned
 * ones first (oldest return first), then those past their deadline, then the rest to do by
 * deadline, then those waiting for the district, then the approved.
 */
export function wardWorkItems(home: WardHomeOutput): WorkItem[] {
  const items: WorkItem[] = home.campaigns.flatMap((c) =>
    (['plan', 'assessment'] as const).map((part) => {
      const state = c[part];
      const deadline = part === 'plan' ? c.planDeadline : c.assessmentDeadline;
      const daysLeft = daysUntil(home.today, deadline);
      return {
        campaignId: c.campaignId,
        campaignName: c.name,
        part,
        status: state.status,
        deadline,
        daysLeft,
        urgency: urgencyOf(state, daysLeft),
        locked: c.locked,
        submissions: state.submissions,
        late: state.late,
        ...(state.returnReason && { returnReason: state.returnReason }),
        ...(state.returnedAt && { returnedAt: state.returnedAt }),
        ...(state.returnedBy && { returnedBy: state.returnedBy }),
        ...(state.lastSubmittedAt && { lastSubmittedAt: state.lastSubmittedAt }),
      };
    }),
  );
  return items.sort(
    (a, b) =>
      urgencyRank[a.urgency] - urgencyRank[b.urgency] ||
      (a.urgency === 'returned' ? (a.returnedAt ?? '').localeCompare(b.returnedAt ?? '') : 0) ||
      a.deadline.localeCompare(b.deadline) ||
      (a.part === b.part ? 0 : a.part === 'plan' ? -1 : 1),
  );
}

/** How many items still need the ward (returned, overdue or to do), per part: the navigation's counts. */
export function wardCounts(items: readonly WorkItem[]): { plan: number; assessment: number } {
  const open = (part: WorkItem['part']) => items.filter((i) => i.part === part && ['returned', 'overdue', 'todo'].includes(i.urgency) && !i.locked).length;
  return { plan: open('plan'), assessment: open('assessment') };
}

export interface DeadlineSoon {
  campaignId: string;
  campaignName: string;
  part: 'plan' | 'assessment';
  deadline: string;
  daysLeft: number;
  /** Wards that have not sent yet (not started, drafting or returned). */
  notSent: number;
}

/** Deadlines from today to the seventh day after it, soonest first, with the wards still to send. */
export function deadlinesThisWeek(home: DistrictHomeOutput): DeadlineSoon[] {
  return home.campaigns
    .flatMap((c) => [
      { campaignId: c.campaignId, campaignName: c.name, part: 'plan' as const, deadline: c.planDeadline, notSent: c.plansNotSent },
      { campaignId: c.campaignId, campaignName: c.name, part: 'assessment' as const, deadline: c.assessmentDeadline, notSent: c.assessmentsNotSent },
    ])
    .map((d) => ({ ...d, daysLeft: daysUntil(home.today, d.deadline) }))
    .filter((d) => d.daysLeft >= 0 && d.daysLeft <= 7)
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
}

export interface LateWard {
  campaignId: string;
  campaignName: string;
  part: 'plan' | 'assessment';
  wardId: string;
  wardName: string;
}

/** Wards past a deadline that have sent nothing, per campaign and part. */
export function lateWards(home: DistrictHomeOutput): LateWard[] {
  return home.campaigns.flatMap((c) => [
    ...c.overduePlans.map((w) => ({ campaignId: c.campaignId, campaignName: c.name, part: 'plan' as const, ...w })),
    ...c.overdueAssessments.map((w) => ({ campaignId: c.campaignId, campaignName: c.name, part: 'assessment' as const, ...w })),
  ]);
}

/** A share in whole per cent, 0 when there is nothing to share. */
export const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The trend chart's points: one per year, shares in per cent. Empty below two years (no trend to draw). */
export function trendPoints(trend: DistrictHomeOutput['trend']) {
  if (trend.length < 2) return [];
  return trend.map((y) => ({
    year: String(y.year),
    plansApproved: percent(y.plansApproved, y.wards),
    assessmentsSent: percent(y.assessmentsSent, y.wards),
    criteriaMet: percent(y.criteriaMet, y.criteriaPossible),
  }));
}

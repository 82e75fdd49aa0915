import { describe, expect, it } from 'vitest';
import { gridCell, groupSpans } from './gridCells';

describe('the wards × criteria grid', () => {
  it('draws statuses and points with their tone, verified or self-reported', () => {
    expect(gridCell(undefined, 1)).toEqual({ tone: 'empty', verified: false });
    expect(gridCell({ value: { status: 'met' }, verified: true, met: true }, 1)).toEqual({ tone: 'met', status: 'met', verified: true });
    expect(gridCell({ value: { status: 'largely_met' }, verified: false, met: false }, 1).tone).toBe('partial');
    expect(gridCell({ value: { status: 'not_met' }, verified: false, met: false }, 1).tone).toBe('not_met');
    expect(gridCell({ value: { points: 10 }, verified: true, met: true }, 10)).toEqual({ tone: 'met', points: 10, verified: true });
    expect(gridCell({ value: { points: 4 }, verified: false, met: false }, 10).tone).toBe('partial');
    expect(gridCell({ value: { points: 0 }, verified: false, met: false }, 10).tone).toBe('not_met');
  });

  it('spans each group over its criteria', () => {
    const criteria = [{ groupCode: '1' }, { groupCode: '1' }, { groupCode: '2' }, { groupCode: '3' }, { groupCode: '3' }];
    expect(groupSpans(criteria)).toEqual([
      { groupCode: '1', span: 2 },
      { groupCode: '2', span: 1 },
      { groupCode: '3', span: 2 },
    ]);
  });
});

import type { ReviewItemOutput } from '../../api/types';

export interface ReviewRef {
  campaignId: string;
  wardId: string;
  kind: 'plan' | 'assessment';
}

/** Where one item of the queue is reviewed. */
export const reviewPath = (item: ReviewRef): string => `/campaigns/${item.campaignId}/wards/${item.wardId}?tab=${item.kind}`;

const same = (a: ReviewRef, b: ReviewRef) => a.campaignId === b.campaignId && a.wardId === b.wardId && a.kind === b.kind;

/**
 * The item to review after `current`: the oldest one waiting that is not `current` (the queue is
 * oldest first, and `current` may still be in it until the queue is read again).
 */
export function nextReviewItem(queue: readonly ReviewItemOutput[], current: ReviewRef): ReviewItemOutput | undefined {
  return queue.find((item) => !same(item, current));
}

/** How many are waiting and since when: the home's "Chờ duyệt" tile. */
export function queueSummary(queue: readonly ReviewItemOutput[]): { count: number; oldest?: ReviewItemOutput } {
  const oldest = queue.find((i) => i.submittedAt) ?? queue[0];
  return { count: queue.length, ...(oldest && { oldest }) };
}

import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { type PaperPart, wardReviewPath } from './paperEntry';

/** What the ward's review page says once a paper submission was entered (router state). */
export interface PaperEnteredState {
  paperEntered?: string;
}

/**
 * After a paper submission is entered: back to the ward's page, which says so, and every figure
 * that counts it (the head, the dashboard, the review queue, the reports) read again.
 */
export function useEntered(campaignId: string, wardId: string, part: PaperPart) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (message: string) => {
    const state: PaperEnteredState = { paperEntered: message };
    navigate(wardReviewPath(campaignId, wardId, part), { state });
    const head = part === 'plan' ? trpc.plans.get.queryKey({ campaignId, wardId }) : trpc.assessments.get.queryKey({ campaignId, wardId });
    for (const queryKey of [head, trpc.campaigns.dashboard.queryKey({ campaignId }), trpc.campaigns.list.queryKey(), trpc.reviews.queue.queryKey(), trpc.reports.pathKey()]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
}

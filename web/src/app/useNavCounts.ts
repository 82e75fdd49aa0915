import { useQuery } from '@tanstack/react-query';
import type { Role } from '@antq/domain';
import { useTRPC } from '../api/trpc';
import { wardCounts, wardWorkItems } from '../pages/home/work';
import type { NavCounts } from './navItems';

/**
 * The navigation's counts: what waits for a coordinator's review, what a ward still has to send.
 * The same queries as the homes and the queue, so opening either costs no extra request.
 */
export function useNavCounts(roles: readonly Role[]): NavCounts {
  const trpc = useTRPC();
  const coordinator = roles.includes('coordinator');
  const ward = roles.includes('ward_officer');
  const queue = useQuery({ ...trpc.reviews.queue.queryOptions(), enabled: coordinator, staleTime: 30_000 });
  const home = useQuery({ ...trpc.home.ward.queryOptions(), enabled: ward, staleTime: 30_000 });
  const counts: NavCounts = {};
  if (queue.data) counts.reviews = queue.data.length;
  if (home.data) {
    const { plan, assessment } = wardCounts(wardWorkItems(home.data));
    counts.plans = plan;
    counts.assessments = assessment;
  }
  return counts;
}

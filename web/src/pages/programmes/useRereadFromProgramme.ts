import { useTRPC } from '../../api/trpc';
import type { ProgrammeOutput } from '../../api/types';
import { useFetchFresh } from '../movement/shared/useFetchFresh';

/**
 * Reads one of a programme's activities or reports again after a conflict: they have no query of
 * their own, so the programme is fetched afresh and the record found in it (kept as it was if gone).
 */
export function useRereadFromProgramme(programmeId: string) {
  const trpc = useTRPC();
  const fetchFresh = useFetchFresh();
  return <R extends { recordId: string }>(pick: (programme: ProgrammeOutput) => readonly R[]) =>
    async (record: R) => {
      const fresh = await fetchFresh(trpc.programmes.get.queryOptions({ programmeId }));
      return pick(fresh).find((r) => r.recordId === record.recordId) ?? record;
    };
}

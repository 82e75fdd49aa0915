import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../api/trpc';

/** After a write: lists, figures, timelines and programme pages read the records again. */
export function useInvalidateMovement() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.records.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.programmes.pathKey() }),
      ]),
    [queryClient, trpc],
  );
}

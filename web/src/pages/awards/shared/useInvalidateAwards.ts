import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../../api/trpc';

/** After a write: nominations, decisions, tallies and history are read again (one decision changes them all). */
export function useInvalidateAwards() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.awards.pathKey() }), [queryClient, trpc]);
}

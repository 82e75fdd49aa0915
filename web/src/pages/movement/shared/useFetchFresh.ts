import { type FetchQueryOptions, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Fetches a query ignoring the cache: after a conflict the cached record is the stale one. */
export function useFetchFresh() {
  const queryClient = useQueryClient();
  return useCallback(
    <TData, TError, TKey extends QueryKey>(options: FetchQueryOptions<TData, TError, TData, TKey>) => queryClient.fetchQuery({ ...options, staleTime: 0 }),
    [queryClient],
  );
}

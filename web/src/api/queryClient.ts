import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from './errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Review states change under the user's feet (a plan returned, an assessment verified): every
        // screen shows cached data at once and refetches on mount and on focus. Reads are one item or a
        // short query, so this costs little.
        staleTime: 0,
        refetchOnWindowFocus: true,
        retry: (failures, error) => failures < 2 && isRetryable(error),
      },
      mutations: { retry: false },
    },
  });
}

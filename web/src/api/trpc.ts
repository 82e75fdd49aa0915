import type { AppRouter } from '@antq/api';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** `useTRPC()` gives typed query and mutation options for TanStack Query: `useQuery(trpc.me.get.queryOptions())`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

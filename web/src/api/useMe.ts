import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';

/** Who is signed in, with the names of their district, ward or province. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.me.get.queryOptions());
}

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';

/**
 * A person's display name from the username a trail keeps ("dieuphoi.donghoi" → "Trần Thị Lan"),
 * for one district's people (the caller's own, or `districtId` for provincial staff). Until the
 * names arrive, and for anyone no longer listed, the username itself.
 */
export function usePeopleNames(districtId?: string): (username: string | undefined) => string {
  const trpc = useTRPC();
  const names = useQuery({ ...trpc.people.names.queryOptions(districtId ? { districtId } : {}), staleTime: 5 * 60_000 });
  return (username) => (username ? (names.data?.[username] ?? username) : '');
}

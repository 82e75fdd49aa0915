import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTRPC } from './trpc';

/**
 * A person's display name from the username a trail keeps ("dieuphoi.donghoi" → "Trần Thị Lan"),
 * for one district's people: the district of the screen's route (the reports' drill-down names
 * it), else the caller's own. Until the names arrive, and for anyone no longer listed, the
 * username itself.
 */
export function usePeopleNames(districtId?: string): (username: string | undefined) => string {
  const trpc = useTRPC();
  const route = useParams().districtId;
  const district = districtId ?? route;
  const names = useQuery({ ...trpc.people.names.queryOptions(district ? { districtId: district } : {}), staleTime: 5 * 60_000 });
  return (username) => (username ? (names.data?.[username] ?? username) : '');
}

import { sortByName } from '@antq/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { WardOutput } from '../../../api/types';
import { useMe } from '../../../api/useMe';

/** Who records what: a coordinator works on every ward of the district, a ward officer on their own. */
export interface MovementScope {
  isCoordinator: boolean;
  /** The ward officer's ward (also the one their forms are fixed to). */
  ownWardId: string | undefined;
  /** The wards the user may see, in Vietnamese order. */
  wards: readonly WardOutput[];
  wardName: (wardId: string | undefined) => string | undefined;
}

/** The user's scope, once their account and wards are loaded (`scope` is undefined until then). */
export function useMovementScope() {
  const trpc = useTRPC();
  const me = useMe();
  const wardsQuery = useQuery(trpc.wards.list.queryOptions());
  const scope = useMemo<MovementScope | undefined>(() => {
    if (!me.data || !wardsQuery.data) return undefined;
    const wards = sortByName(wardsQuery.data, (w) => w.name);
    const names = new Map(wards.map((w) => [w.wardId, w.name]));
    return {
      isCoordinator: me.data.user.roles.includes('coordinator'),
      ownWardId: me.data.ward?.wardId ?? me.data.user.wardId,
      wards,
      wardName: (wardId) => (wardId ? (names.get(wardId) ?? wardId) : undefined),
    };
  }, [me.data, wardsQuery.data]);
  const failed = me.isError ? me : wardsQuery.isError ? wardsQuery : undefined;
  return { scope, failed };
}

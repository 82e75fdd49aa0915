import { compareVietnamese, type Role } from '@antq/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../api/trpc';
import type { TenantSummary, WardOutput } from '../../api/types';
import { useMe } from '../../api/useMe';

export interface ProvinceChoice {
  provinceId: string;
  provinceName: string;
  districts: TenantSummary[];
}

/**
 * What the accounts screens need to know about the caller's reach: an operator picks among the
 * onboarded districts (grouped by province), a coordinator works in their own district and its
 * wards. The roles the caller may give come from the API (`accounts.grantable`).
 */
export function useAccountScope() {
  const trpc = useTRPC();
  const me = useMe();
  const roles = me.data?.user.roles ?? [];
  const isOperator = roles.includes('operator');
  const isCoordinator = roles.includes('coordinator');
  const grantable = useQuery(trpc.accounts.grantable.queryOptions());
  const tenants = useQuery({ ...trpc.tenants.list.queryOptions(), enabled: isOperator });
  const wards = useQuery({ ...trpc.wards.list.queryOptions(), enabled: isCoordinator });

  const provinces = useMemo<ProvinceChoice[]>(() => {
    const byId = new Map<string, ProvinceChoice>();
    for (const tenant of tenants.data ?? []) {
      const entry = byId.get(tenant.provinceId) ?? { provinceId: tenant.provinceId, provinceName: tenant.provinceName, districts: [] };
      entry.districts.push(tenant);
      byId.set(tenant.provinceId, entry);
    }
    const list = [...byId.values()].sort((a, b) => compareVietnamese(a.provinceName, b.provinceName));
    for (const p of list) p.districts.sort((a, b) => compareVietnamese(a.name, b.name));
    return list;
  }, [tenants.data]);

  const wardName = useMemo(() => {
    const names = new Map((wards.data ?? []).map((w) => [w.wardId, w.name]));
    return (wardId: string | undefined) => (wardId ? names.get(wardId) : undefined);
  }, [wards.data]);

  const districtName = useMemo(() => {
    const names = new Map((tenants.data ?? []).map((d) => [d.tenantId, d.name]));
    if (me.data?.tenant) names.set(me.data.tenant.tenantId, me.data.tenant.name);
    return (tenantId: string | undefined) => (tenantId ? names.get(tenantId) : undefined);
  }, [tenants.data, me.data]);

  const provinceName = useMemo(() => {
    const names = new Map(provinces.map((p) => [p.provinceId, p.provinceName]));
    return (provinceId: string | undefined) => (provinceId ? names.get(provinceId) : undefined);
  }, [provinces]);

  const pending = me.isPending || grantable.isPending || (isOperator && tenants.isPending) || (isCoordinator && wards.isPending);
  const error = me.error ?? grantable.error ?? tenants.error ?? wards.error;

  return {
    me: me.data,
    isOperator,
    isCoordinator,
    /** The coordinator's district (empty for the operator). */
    tenantId: isCoordinator ? (me.data?.user.tenantId ?? '') : '',
    grantable: (grantable.data ?? []) as Role[],
    wards: (wards.data ?? []) as WardOutput[],
    tenants: tenants.data ?? [],
    provinces,
    wardName,
    districtName,
    provinceName,
    pending,
    error,
    retry: () => void Promise.all([me.refetch(), grantable.refetch(), isOperator && tenants.refetch(), isCoordinator && wards.refetch()]),
  };
}

export type AccountScope = ReturnType<typeof useAccountScope>;

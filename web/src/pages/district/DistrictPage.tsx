import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DistrictCard } from './DistrictCard';
import { WardsSection } from './WardsSection';

/** Coordinator home: the district and all its wards. */
export function DistrictPage() {
  const trpc = useTRPC();
  const tenant = useQuery(trpc.tenants.current.queryOptions());
  const wards = useQuery(trpc.wards.list.queryOptions());
  return (
    <QueryState query={tenant}>
      {(district) => (
        <Stack gap="lg">
          <PageHeader title={district.name} subtitle={district.provinceName} />
          <DistrictCard tenant={district} />
          <QueryState query={wards}>{(list) => <WardsSection wards={list} />}</QueryState>
        </Stack>
      )}
    </QueryState>
  );
}

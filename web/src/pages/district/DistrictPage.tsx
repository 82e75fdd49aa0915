import { unitLabel } from '@antq/domain';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { DistrictWork } from '../home/DistrictWork';
import { DistrictCard } from './DistrictCard';
import { WardsSection } from './WardsSection';

/** Coordinator home: "Việc cần làm" (the review queue, late wards, this week's deadlines, progress charts), then the district and its wards. */
export function DistrictPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const tenant = useQuery(trpc.tenants.current.queryOptions());
  const wards = useQuery(trpc.wards.list.queryOptions());
  return (
    <QueryState query={tenant}>
      {(district) => (
        <Stack gap="lg">
          <PageHeader title={unitLabel(district.name)} subtitle={`${unitLabel(district.provinceName)} · ${t.work.districtIntro}`} />
          <DistrictWork />
          <DistrictCard tenant={district} />
          <QueryState query={wards}>{(list) => <WardsSection wards={list} />}</QueryState>
        </Stack>
      )}
    </QueryState>
  );
}

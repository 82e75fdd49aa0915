import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import type { TenantOutput, WardOutput } from '../../api/types';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { WardTable } from '../../components/WardTable';
import { useI18n } from '../../i18n';

function WardView({ ward, district }: { ward: WardOutput; district: TenantOutput }) {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <PageHeader title={ward.name} subtitle={`${district.name}, ${district.provinceName}`} />
      <Alert color="blue" variant="light" role="note">
        {t.ward.scopeNote(district.name)}
      </Alert>
      <Paper component="section" withBorder p="lg" aria-labelledby="ward-card-title">
        <Title order={2} fz="lg" mb="md" id="ward-card-title">
          {t.ward.cardTitle}
        </Title>
        <Facts
          items={[
            { label: t.units.wardCode, value: ward.wardId },
            { label: t.units.type, value: ward.type },
            { label: t.units.district, value: district.name },
            { label: t.units.province, value: district.provinceName },
          ]}
        />
      </Paper>
      <Paper component="section" withBorder p="lg" aria-labelledby="ward-table-title">
        <Title order={2} fz="lg" mb="md" id="ward-table-title">
          {t.ward.tableTitle}
        </Title>
        <WardTable wards={[ward]} empty={t.ward.notFound} />
      </Paper>
    </Stack>
  );
}

/** Ward officer home: their own ward and nothing else. */
export function WardPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const wards = useQuery(trpc.wards.list.queryOptions());
  const tenant = useQuery(trpc.tenants.current.queryOptions());
  return (
    <QueryState query={tenant}>
      {(district) => (
        <QueryState query={wards}>
          {(list) => {
            const ward = list[0];
            if (!ward) {
              return (
                <Alert color="yellow" role="alert" title={t.common.loadErrorTitle}>
                  {t.ward.notFound}
                </Alert>
              );
            }
            return <WardView ward={ward} district={district} />;
          }}
        </QueryState>
      )}
    </QueryState>
  );
}

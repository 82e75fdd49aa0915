import { unitInProse, unitLabel } from '@antq/domain';
import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import type { TenantOutput, WardOutput } from '../../api/types';
import { usePeopleNames } from '../../api/usePeopleNames';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { WorkCard } from '../home/WorkCard';
import { wardWorkItems } from '../home/work';

function WardWork() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const home = useQuery({ ...trpc.home.ward.queryOptions(), staleTime: 30_000, refetchOnMount: 'always' });
  const nameOf = usePeopleNames();
  return (
    <Section title={t.work.title} description={t.work.wardIntro}>
      <QueryState query={home}>
        {(data) => {
          const items = wardWorkItems(data);
          if (items.length === 0) {
            return (
              <Alert color="gray" variant="light" role="status">
                {t.work.noCampaigns}
              </Alert>
            );
          }
          return (
            <Stack gap="sm" component="ol" aria-label={t.work.wardList} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((item) => (
                <li key={`${item.campaignId}/${item.part}`}>
                  <WorkCard item={item} nameOf={nameOf} />
                </li>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </Section>
  );
}

function WardView({ ward, district }: { ward: WardOutput; district: TenantOutput }) {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      <PageHeader title={unitLabel(ward.name)} subtitle={`${unitLabel(district.name)}, ${unitLabel(district.provinceName)}`} />
      <WardWork />
      <Paper component="section" withBorder p="lg" aria-labelledby="ward-card-title">
        <Title order={2} fz="lg" mb="md" id="ward-card-title">
          {t.ward.cardTitle}
        </Title>
        <Facts
          items={[
            { label: t.units.wardCode, value: ward.wardId },
            { label: t.units.type, value: ward.type },
            { label: t.units.district, value: unitLabel(district.name) },
            { label: t.units.province, value: unitLabel(district.provinceName) },
          ]}
        />
        <Alert color="blue" variant="light" role="note" mt="md">
          {t.ward.scopeNote(unitInProse(district.name))}
        </Alert>
      </Paper>
    </Stack>
  );
}

/** Ward officer home: "Việc cần làm" — the ward's plans and self-assessments, most urgent first — and its own details. */
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

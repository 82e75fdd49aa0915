import { sortByName } from '@antq/domain';
import { Alert, Anchor, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import type { DashboardOutput } from '../../api/types';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { CampaignStatusBadge } from '../../components/StatusBadges';
import { formatDate, formatNumber, matchesSearch } from '../../format';
import { useI18n } from '../../i18n';
import { CampaignActions } from './CampaignActions';
import { CriteriaGrid } from './CriteriaGrid';
import { OverdueWards } from './OverdueWards';
import { ProgressTable } from './ProgressTable';
import { StatusCounts } from './StatusCounts';

function Dashboard({ data }: { data: DashboardOutput }) {
  const { t } = useI18n();
  const { campaign, summary, totals } = data;
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const wards = useMemo(() => sortByName(Object.values(summary.wards), (w) => w.wardName), [summary]);
  const shown = useMemo(() => wards.filter((w) => matchesSearch(w.wardName, deferred)), [wards, deferred]);
  const byId = new Map(wards.map((w) => [w.wardId, w]));
  const overduePlans = new Set(totals.overduePlans);
  const overdueAssessments = new Set(totals.overdueAssessments);
  const pick = (ids: readonly string[]) => sortByName(ids.flatMap((id) => byId.get(id) ?? []), (w) => w.wardName);

  return (
    <Stack gap="lg">
      <PageHeader
        title={campaign.name}
        subtitle={
          <Group gap="xs" component="span">
            <CampaignStatusBadge status={campaign.status} locked={campaign.locked} />
            <span>{t.campaigns.catalogueOf(campaign.catalogue.title, campaign.catalogue.catalogueVersion)}</span>
          </Group>
        }
      />
      <Section title={t.dashboard.facts} actions={<CampaignActions campaign={campaign} />}>
        {campaign.status === 'draft' && (
          <Alert color="blue" variant="light" role="note">
            {t.campaigns.draftNote}
          </Alert>
        )}
        {campaign.status === 'open' && campaign.locked && (
          <Alert color="orange" variant="light" role="note">
            {t.campaigns.lockedNote}
          </Alert>
        )}
        {campaign.status === 'closed' && (
          <Alert color="gray" variant="light" role="note">
            {t.campaigns.closedNote}
          </Alert>
        )}
        <Facts
          items={[
            { label: t.campaigns.period, value: t.campaigns.periodRange(campaign.periodStart, campaign.periodEnd) },
            { label: t.campaigns.planDeadline, value: formatDate(campaign.planDeadline) },
            { label: t.campaigns.assessmentDeadline, value: formatDate(campaign.assessmentDeadline) },
            { label: t.campaigns.wardCount, value: formatNumber(totals.wardCount) },
          ]}
        />
        {campaign.description && <div style={{ whiteSpace: 'pre-line' }}>{campaign.description}</div>}
      </Section>
      <StatusCounts title={t.dashboard.plansTitle} counts={totals.plans} overdue={totals.overduePlans.length} total={totals.wardCount} />
      <StatusCounts
        title={t.dashboard.assessmentsTitle}
        counts={totals.assessments}
        overdue={totals.overdueAssessments.length}
        total={totals.wardCount}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <OverdueWards title={t.dashboard.overduePlans} deadline={campaign.planDeadline} wards={pick(totals.overduePlans)} campaignId={campaign.campaignId} tab="plan" />
        <OverdueWards
          title={t.dashboard.overdueAssessments}
          deadline={campaign.assessmentDeadline}
          wards={pick(totals.overdueAssessments)}
          campaignId={campaign.campaignId}
          tab="assessment"
        />
      </SimpleGrid>
      <Section
        title={t.dashboard.progressTitle}
        actions={
          <TextInput type="search" aria-label={t.dashboard.searchWard} placeholder={t.dashboard.searchWard} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
        }
      >
        <ProgressTable
          campaignId={campaign.campaignId}
          wards={shown}
          overduePlans={overduePlans}
          overdueAssessments={overdueAssessments}
          criteriaCount={campaign.catalogue.criteriaCount}
        />
      </Section>
      <Section title={t.dashboard.gridTitle}>
        <CriteriaGrid campaign={campaign} wards={shown} criteriaMet={totals.criteriaMet} />
      </Section>
    </Stack>
  );
}

/** Coordinator: one campaign at a glance — counts, overdue wards, each ward's progress, the wards × criteria grid. */
export function DashboardPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { campaignId = '' } = useParams();
  const dashboard = useQuery({ ...trpc.campaigns.dashboard.queryOptions({ campaignId }), staleTime: 5_000 });
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/campaigns" size="sm">
        ← {t.campaigns.title}
      </Anchor>
      <QueryState query={dashboard}>{(data) => <Dashboard data={data} />}</QueryState>
    </Stack>
  );
}

import { unitLabel } from '@antq/domain';
import { Anchor, Group, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { PaperEntryNotice } from '../paper-entry/PaperEntryNotice';
import { AssessmentReview } from './AssessmentReview';
import { PlanReview } from './PlanReview';

/** Coordinator: one ward in one campaign — its plan and its self-assessment, each with its review. */
export function WardReviewPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { campaignId = '', wardId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'assessment' ? 'assessment' : 'plan';
  const ward = useQuery(trpc.wards.get.queryOptions({ wardId }));
  const campaign = useQuery(trpc.campaigns.get.queryOptions({ campaignId }));
  const wardName = ward.data ? unitLabel(ward.data.name) : wardId;
  return (
    <Stack gap="md">
      <Group gap="lg">
        <Anchor component={Link} to="/reviews" size="sm">
          ← {t.reviewFlow.backToQueue}
        </Anchor>
        <Anchor component={Link} to={`/campaigns/${campaignId}`} size="sm">
          {t.reviewFlow.campaignLink}
        </Anchor>
      </Group>
      <PageHeader title={wardName} subtitle={campaign.data?.name} />
      <PaperEntryNotice />
      <Tabs key={`${campaignId}/${wardId}`} value={tab} onChange={(v) => setParams({ tab: v ?? 'plan' }, { replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t.review.tabs} mb="md">
          <Tabs.Tab value="plan">{t.review.planTab}</Tabs.Tab>
          <Tabs.Tab value="assessment">{t.review.assessmentTab}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan">
          <PlanReview campaignId={campaignId} wardId={wardId} wardName={wardName} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment">
          <AssessmentReview campaignId={campaignId} wardId={wardId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { LoadingState, QueryState } from '../../components/QueryState';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n';
import { useWardId } from '../plan/useWardId';
import { WardCampaignCard } from './WardCampaignCard';

/** Ward officer: the campaigns their ward takes part in, leading to the plan (or the self-assessment) of each. */
export function WardCampaignsPage({ focus }: { focus: 'plan' | 'assessment' }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const wardId = useWardId();
  const campaigns = useQuery(trpc.campaigns.list.queryOptions());
  return (
    <Stack gap="lg">
      <PageHeader title={focus === 'plan' ? t.plan.title : t.assessment.title} subtitle={t.plan.listIntro} />
      {!wardId ? (
        <LoadingState />
      ) : (
        <QueryState query={campaigns}>
          {(list) =>
            list.length === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {t.plan.noCampaigns}
              </Alert>
            ) : (
              <Stack gap="md">
                {list.map((c) => (
                  <WardCampaignCard key={c.campaignId} campaign={c} wardId={wardId} focus={focus} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}

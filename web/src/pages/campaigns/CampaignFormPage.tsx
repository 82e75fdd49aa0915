import { sortByName } from '@antq/domain';
import { Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { CampaignOutput } from '../../api/types';
import { Message } from '../../components/Message';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { CampaignForm, type CampaignInput } from './CampaignForm';

/** `/campaigns/new` and `/campaigns/:campaignId/edit` (a draft only): the setup form. */
export function CampaignFormPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { campaignId } = useParams();
  const catalogues = useQuery(trpc.criteria.list.queryOptions());
  const wards = useQuery(trpc.wards.list.queryOptions());
  const campaign = useQuery({ ...trpc.campaigns.get.queryOptions({ campaignId: campaignId ?? '' }), enabled: Boolean(campaignId) });
  const create = useIntent(useMutation(trpc.campaigns.create.mutationOptions()));
  const update = useIntent(useMutation(trpc.campaigns.update.mutationOptions()));

  const queries = [catalogues, wards, ...(campaignId ? [campaign] : [])];
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!catalogues.data || !wards.data || (campaignId && !campaign.data)) return <LoadingState />;
  const existing = campaign.data as CampaignOutput | undefined;
  if (existing && existing.status !== 'draft') return <Message title={t.campaigns.editTitle} text={t.campaigns.formIntro} />;

  const done = async (saved: CampaignOutput) => {
    queryClient.setQueryData(trpc.campaigns.get.queryKey({ campaignId: saved.campaignId }), saved);
    await queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() });
    navigate(`/campaigns/${saved.campaignId}`);
  };
  const submit = (input: CampaignInput) =>
    existing
      ? update.run({ ...input, campaignId: existing.campaignId, expectedVersion: existing.version }, { onSuccess: done })
      : create.run(input, { onSuccess: done });

  return (
    <Stack gap="lg">
      <PageHeader title={existing ? t.campaigns.editTitle : t.campaigns.newTitle} subtitle={existing?.name ?? t.campaigns.formIntro} />
      <Section title={existing ? t.campaigns.editTitle : t.campaigns.newTitle}>
        <CampaignForm
          catalogues={catalogues.data}
          wards={sortByName(wards.data, (w) => w.name)}
          campaign={existing}
          pending={create.isPending || update.isPending}
          error={create.error ?? update.error}
          onSubmit={submit}
          onCancel={() => navigate(existing ? `/campaigns/${existing.campaignId}` : '/campaigns')}
          onReload={() => void campaign.refetch()}
        />
      </Section>
    </Stack>
  );
}

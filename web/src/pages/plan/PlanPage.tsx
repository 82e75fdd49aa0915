import { Alert, Anchor, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useCampaignCatalogue } from '../../api/useCampaignCatalogue';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { PlanHeadOutput, PlanOutput } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { LoadingState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { WardWorkNotices } from '../../components/WardWorkNotices';
import { WorkStatus } from '../../components/WorkStatus';
import { vietnamToday } from '../../format';
import { useI18n } from '../../i18n';
import { PlanEditor, type PlanContentInput } from './PlanEditor';
import { toFormState } from './planForm';
import { PlanView } from './PlanView';
import { useWardId } from './useWardId';

const editable = (data: PlanOutput) =>
  data.campaign.status === 'open' && !data.campaign.locked && ['not_started', 'draft', 'returned'].includes(data.plan.status);

function PlanScreen({ data, wardId }: { data: PlanOutput; wardId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { campaign, plan } = data;
  const catalogue = useCampaignCatalogue(campaign);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string>();
  const key = trpc.plans.get.queryKey({ campaignId: campaign.campaignId, wardId });
  const save = useIntent(useMutation(trpc.plans.save.mutationOptions()));
  const submit = useIntent(useMutation(trpc.plans.submit.mutationOptions()));

  const stored = (head: PlanHeadOutput, message: string) => {
    queryClient.setQueryData(key, (old: PlanOutput | undefined) => (old ? { ...old, plan: head } : old));
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: trpc.campaigns.list.queryKey() });
    setNotice(message);
  };
  const reload = async () => {
    save.reset();
    submit.reset();
    await queryClient.invalidateQueries({ queryKey: key });
    setGeneration((g) => g + 1);
  };
  const target = { campaignId: campaign.campaignId, wardId, expectedVersion: plan.version };
  const overdue = plan.submissions === 0 && vietnamToday() > campaign.planDeadline;
  const canEdit = editable(data);

  return (
    <Stack gap="lg">
      <PageHeader title={t.plan.title} subtitle={campaign.name} />
      <Section title={t.plan.status}>
        <WorkStatus
          label={t.plan.status}
          head={plan}
          overdue={overdue}
          deadlineLabel={t.campaigns.planDeadline}
          deadline={campaign.planDeadline}
          returnedTitle={t.plan.returnedTitle}
          returnedText={t.plan.returnedText}
        />
        <WardWorkNotices
          status={plan.status}
          overdue={overdue}
          canEdit={canEdit}
          notice={notice}
          texts={{
            overdue: t.plan.overdueText(campaign.planDeadline),
            submitted: t.plan.submittedText,
            approved: t.plan.approvedText,
            closed: t.plan.closedText,
          }}
        />
      </Section>
      {canEdit ? (
        catalogue.query.isPending ? (
          <LoadingState />
        ) : (
          <PlanEditor
            key={generation}
            initial={toFormState(plan.content)}
            criteria={catalogue.criteria}
            pending={save.isPending ? 'save' : submit.isPending ? 'submit' : undefined}
            error={save.error ?? submit.error}
            notice={
              notice && (
                <Alert color="green" variant="light" role="status">
                  {notice}
                </Alert>
              )
            }
            onSave={(content: PlanContentInput) => {
              setNotice(undefined);
              submit.reset();
              save.run({ ...target, content }, { onSuccess: (head) => stored(head, t.plan.savedDraft) });
            }}
            onSubmit={(content: PlanContentInput) => {
              setNotice(undefined);
              save.reset();
              submit.run({ ...target, content }, { onSuccess: (head) => stored(head, t.plan.submitted) });
            }}
            onReload={() => void reload()}
          />
        )
      ) : (
        <Section title={t.review.planContent}>
          <PlanView content={plan.content} criterionText={catalogue.textOf} />
        </Section>
      )}
    </Stack>
  );
}

/** Ward officer: the ward's plan for one campaign — fill, save, send; read-only once sent or approved. */
export function PlanPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { campaignId = '' } = useParams();
  const wardId = useWardId();
  const plan = useQuery({ ...trpc.plans.get.queryOptions({ campaignId, wardId: wardId ?? '' }), enabled: Boolean(wardId) });
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/ward/campaigns" size="sm">
        ← {t.plan.listTitle}
      </Anchor>
      {!wardId ? <LoadingState /> : <QueryState query={plan}>{(data) => <PlanScreen data={data} wardId={wardId} />}</QueryState>}
    </Stack>
  );
}

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
          status={plan.status}
          late={plan.late || overdue}
          deadlineLabel={t.campaigns.planDeadline}
          deadline={campaign.planDeadline}
          submissions={plan.submissions}
          lastSubmittedAt={plan.lastSubmittedAt}
          returnReason={plan.returnReason}
          returnedTitle={t.plan.returnedTitle}
          returnedText={t.plan.returnedText}
        />
        {overdue && canEdit && (
          <Alert color="orange" variant="light" role="note">
            {t.plan.overdueText(campaign.planDeadline)}
          </Alert>
        )}
        {plan.status === 'submitted' && (
          <Alert color="blue" variant="light" role="status">
            {t.plan.submittedText}
          </Alert>
        )}
        {plan.status === 'approved' && (
          <Alert color="green" variant="light" role="status">
            {t.plan.approvedText}
          </Alert>
        )}
        {!canEdit && ['not_started', 'draft', 'returned'].includes(plan.status) && (
          <Alert color="gray" variant="light" role="note">
            {t.plan.closedText}
          </Alert>
        )}
        {notice && !canEdit && (
          <Alert color="green" variant="light" role="status">
            {notice}
          </Alert>
        )}
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

import { type AssessmentEntry, unitLabel } from '@antq/domain';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { AssessmentOutput, PlanOutput } from '../../api/types';
import { useCampaignCatalogue } from '../../api/useCampaignCatalogue';
import { Message } from '../../components/Message';
import { PageHeader } from '../../components/PageHeader';
import { LoadingState, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { AssessmentForm } from '../assessment/AssessmentForm';
import { PlanEditor, type PlanContentInput } from '../plan/PlanEditor';
import { toFormState } from '../plan/planForm';
import { isPaperPart, mayEnterPaper, type PaperPart, wardReviewPath } from './paperEntry';
import { ReceivedOnSection } from './ReceivedOnSection';
import { useEntered } from './useEntered';
import { useReceivedOn } from './useReceivedOn';

interface Target {
  campaignId: string;
  wardId: string;
  wardName: string;
}

function Heading({ part, wardName, campaignName }: { part: PaperPart; wardName: string; campaignName: string }) {
  const { t } = useI18n();
  return <PageHeader title={t.paperEntry.title(wardName)} subtitle={t.paperEntry.subtitle(t.paperEntry.kinds[part], campaignName)} />;
}

function NotAllowed() {
  const { t } = useI18n();
  return (
    <Alert color="gray" variant="light" role="status">
      {t.paperEntry.notAllowed}
    </Alert>
  );
}

/** The ward's own plan editor, sent at once (no draft) with the day the paper plan was received. */
function PlanPaperEntry({ data, target }: { data: PlanOutput; target: Target }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { campaign, plan } = data;
  const catalogue = useCampaignCatalogue(campaign);
  const submit = useIntent(useMutation(trpc.plans.submit.mutationOptions()));
  const received = useReceivedOn(submit.error);
  const entered = useEntered(target.campaignId, target.wardId, 'plan');
  const [generation, setGeneration] = useState(0);
  const allowed = mayEnterPaper(campaign.status, plan.status);

  const send = (content: PlanContentInput) => {
    const receivedOn = received.take();
    if (!receivedOn) return;
    submit.run(
      { campaignId: target.campaignId, wardId: target.wardId, expectedVersion: plan.version, content, receivedOn },
      { onSuccess: () => entered(t.paperEntry.done(t.paperEntry.kinds.plan, receivedOn)) },
    );
  };
  const reload = async () => {
    submit.reset();
    await queryClient.invalidateQueries({ queryKey: trpc.plans.get.queryKey({ campaignId: target.campaignId, wardId: target.wardId }) });
    setGeneration((g) => g + 1);
  };

  return (
    <Stack gap="lg">
      <Heading part="plan" wardName={target.wardName} campaignName={campaign.name} />
      {!allowed ? (
        <NotAllowed />
      ) : (
        <>
          <ReceivedOnSection received={received} deadline={campaign.planDeadline} />
          {catalogue.query.isPending ? (
            <LoadingState />
          ) : (
            // The editor's own checks run on its form's submit; the date is checked at the same moment.
            <div onSubmitCapture={received.attempt}>
              <PlanEditor
                key={generation}
                initial={toFormState(plan.content)}
                criteria={catalogue.criteria}
                pending={submit.isPending ? 'submit' : undefined}
                error={received.editorError}
                notice={received.missingNotice}
                submitLabel={t.paperEntry.submitPlan}
                onSubmit={send}
                onReload={() => void reload()}
              />
            </div>
          )}
        </>
      )}
    </Stack>
  );
}

/** The ward's own self-assessment form (Excel template included), sent at once with the day it was received. */
function AssessmentPaperEntry({ data, target }: { data: AssessmentOutput; target: Target }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { campaign, catalogue, assessment } = data;
  const submit = useIntent(useMutation(trpc.assessments.submit.mutationOptions()));
  const received = useReceivedOn(submit.error);
  const entered = useEntered(target.campaignId, target.wardId, 'assessment');
  const [generation, setGeneration] = useState(0);
  const allowed = mayEnterPaper(campaign.status, assessment.status);

  const send = (entries: AssessmentEntry[]) => {
    const receivedOn = received.take();
    if (!receivedOn) return;
    submit.run(
      { campaignId: target.campaignId, wardId: target.wardId, expectedVersion: assessment.version, entries, receivedOn },
      { onSuccess: () => entered(t.paperEntry.done(t.paperEntry.kinds.assessment, receivedOn)) },
    );
  };
  const reload = async () => {
    submit.reset();
    await queryClient.invalidateQueries({ queryKey: trpc.assessments.get.queryKey({ campaignId: target.campaignId, wardId: target.wardId }) });
    setGeneration((g) => g + 1);
  };

  return (
    <Stack gap="lg">
      <Heading part="assessment" wardName={target.wardName} campaignName={campaign.name} />
      {!allowed ? (
        <NotAllowed />
      ) : (
        <>
          <ReceivedOnSection received={received} deadline={campaign.assessmentDeadline} />
          <div onSubmitCapture={received.attempt}>
            <AssessmentForm
              key={generation}
              content={catalogue}
              initial={assessment.entries}
              fileTitle={`tu-danh-gia-${campaign.name}-${target.wardName}`}
              pending={submit.isPending ? 'submit' : undefined}
              error={received.editorError}
              notice={received.missingNotice}
              submitLabel={t.paperEntry.submitAssessment}
              onSubmit={send}
              onReload={() => void reload()}
            />
          </div>
        </>
      )}
    </Stack>
  );
}

function PlanPart({ target }: { target: Target }) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.plans.get.queryOptions({ campaignId: target.campaignId, wardId: target.wardId }));
  return <QueryState query={plan}>{(data) => <PlanPaperEntry data={data} target={target} />}</QueryState>;
}

function AssessmentPart({ target }: { target: Target }) {
  const trpc = useTRPC();
  const assessment = useQuery(trpc.assessments.get.queryOptions({ campaignId: target.campaignId, wardId: target.wardId }));
  return <QueryState query={assessment}>{(data) => <AssessmentPaperEntry data={data} target={target} />}</QueryState>;
}

/**
 * Coordinator, `/campaigns/:campaignId/wards/:wardId/paper/:part`: a ward's plan or self-assessment
 * the district received on paper, typed in with the ward's own editor and sent with the day it was
 * received ("Ngày nhận hồ sơ"). The API judges it on time by that day and marks it entered later.
 */
export function PaperEntryPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { campaignId = '', wardId = '', part } = useParams();
  const ward = useQuery(trpc.wards.get.queryOptions({ wardId }));
  if (!isPaperPart(part)) return <Message title={t.common.notFoundTitle} text={t.common.notFoundText} />;
  const target: Target = { campaignId, wardId, wardName: ward.data ? unitLabel(ward.data.name) : wardId };
  return (
    <Stack gap="md">
      <Anchor component={Link} to={wardReviewPath(campaignId, wardId, part)} size="sm">
        ← {t.paperEntry.back}
      </Anchor>
      {part === 'plan' ? <PlanPart target={target} /> : <AssessmentPart target={target} />}
    </Stack>
  );
}

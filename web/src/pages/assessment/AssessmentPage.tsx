import { type AssessmentEntry } from '@antq/domain';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { AssessmentHeadOutput, AssessmentOutput } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { LoadingState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { WardWorkNotices } from '../../components/WardWorkNotices';
import { WorkStatus } from '../../components/WorkStatus';
import { vietnamToday } from '../../format';
import { useI18n } from '../../i18n';
import { useWardId } from '../plan/useWardId';
import { AssessmentForm } from './AssessmentForm';
import { CriterionRow } from './CriterionRow';
import { ScoreFacts } from './ScoreFacts';
import { toAnswers } from './values';
import { VerificationNote } from './VerificationNote';

const editable = (data: AssessmentOutput) =>
  data.campaign.status === 'open' && !data.campaign.locked && ['not_started', 'draft', 'returned'].includes(data.assessment.status);

/** The assessment as sent, with the district's verification of each criterion. */
function AssessmentReadOnly({ data }: { data: AssessmentOutput }) {
  const { t } = useI18n();
  const { catalogue, assessment } = data;
  const answers = toAnswers(assessment.entries);
  return (
    <>
      {catalogue.groups.map((group) => (
        <Section key={group.code} title={t.criteria.groupTable(group.code, group.title)}>
          {group.criteria.map((c) => (
            <CriterionRow key={c.code} criterion={c} answer={answers[c.code]} footer={<VerificationNote verification={assessment.verifications[c.code]} criterion={c} />} />
          ))}
        </Section>
      ))}
    </>
  );
}

function AssessmentScreen({ data, wardId }: { data: AssessmentOutput; wardId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { campaign, assessment, catalogue } = data;
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string>();
  const key = trpc.assessments.get.queryKey({ campaignId: campaign.campaignId, wardId });
  const save = useIntent(useMutation(trpc.assessments.save.mutationOptions()));
  const submit = useIntent(useMutation(trpc.assessments.submit.mutationOptions()));
  const stored = (head: AssessmentHeadOutput, message: string) => {
    queryClient.setQueryData(key, (old: AssessmentOutput | undefined) => (old ? { ...old, assessment: head } : old));
    void queryClient.invalidateQueries({ queryKey: key });
    setNotice(message);
  };
  const reload = async () => {
    save.reset();
    submit.reset();
    await queryClient.invalidateQueries({ queryKey: key });
    setGeneration((g) => g + 1);
  };
  const target = { campaignId: campaign.campaignId, wardId, expectedVersion: assessment.version };
  const overdue = assessment.submissions === 0 && vietnamToday() > campaign.assessmentDeadline;
  const canEdit = editable(data);
  const fileTitle = `tu-danh-gia-${campaign.name}`;

  return (
    <Stack gap="lg">
      <PageHeader title={t.assessment.title} subtitle={campaign.name} />
      <Section title={t.assessment.status} description={t.assessment.intro}>
        <WorkStatus
          label={t.assessment.status}
          head={assessment}
          overdue={overdue}
          deadlineLabel={t.campaigns.assessmentDeadline}
          deadline={campaign.assessmentDeadline}
          returnedTitle={t.assessment.returnedTitle}
          returnedText={t.assessment.returnedText}
        />
        <WardWorkNotices
          status={assessment.status}
          overdue={overdue}
          canEdit={canEdit}
          notice={notice}
          texts={{
            overdue: t.assessment.overdueText(campaign.assessmentDeadline),
            submitted: t.assessment.submittedText,
            approved: t.assessment.approvedText,
            closed: t.assessment.closedText,
          }}
        />
        {!canEdit && <ScoreFacts content={catalogue} assessment={assessment} />}
      </Section>
      {canEdit ? (
        <AssessmentForm
          key={generation}
          content={catalogue}
          initial={assessment.entries}
          fileTitle={fileTitle}
          pending={save.isPending ? 'save' : submit.isPending ? 'submit' : undefined}
          error={save.error ?? submit.error}
          notice={
            notice && (
              <Alert color="green" variant="light" role="status">
                {notice}
              </Alert>
            )
          }
          onSave={(entries: AssessmentEntry[]) => {
            setNotice(undefined);
            submit.reset();
            save.run({ ...target, entries }, { onSuccess: (head) => stored(head, t.assessment.savedDraft) });
          }}
          onSubmit={(entries: AssessmentEntry[]) => {
            setNotice(undefined);
            save.reset();
            submit.run({ ...target, entries }, { onSuccess: (head) => stored(head, t.assessment.submitted) });
          }}
          onReload={() => void reload()}
        />
      ) : (
        <AssessmentReadOnly data={data} />
      )}
    </Stack>
  );
}

/** Ward officer: the self-assessment of one campaign, criterion by criterion; the district's verification once reviewed. */
export function AssessmentPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { campaignId = '' } = useParams();
  const wardId = useWardId();
  const assessment = useQuery({ ...trpc.assessments.get.queryOptions({ campaignId, wardId: wardId ?? '' }), enabled: Boolean(wardId) });
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/ward/assessments" size="sm">
        ← {t.plan.listTitle}
      </Anchor>
      {!wardId ? <LoadingState /> : <QueryState query={assessment}>{(data) => <AssessmentScreen data={data} wardId={wardId} />}</QueryState>}
    </Stack>
  );
}

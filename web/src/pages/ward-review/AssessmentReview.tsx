import { allCriteria } from '@antq/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { AssessmentHeadOutput, AssessmentOutput } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MutationError } from '../../components/MutationError';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { WorkStatus } from '../../components/WorkStatus';
import { vietnamToday } from '../../format';
import { useI18n } from '../../i18n';
import { toneText } from '../../components/tones';
import { CriterionRow } from '../assessment/CriterionRow';
import { ScoreFacts } from '../assessment/ScoreFacts';
import { toAnswers } from '../assessment/values';
import { VerificationNote } from '../assessment/VerificationNote';
import { ReviewHistoryTable } from '../../components/ReviewHistoryTable';
import { PaperLink } from '../paper-entry/PaperLink';
import { NextStep } from './NextStep';
import { ReturnDialog } from './ReturnDialog';
import { SubmissionCompare } from './SubmissionCompare';
import { AssessmentSubmissionsDiff } from './SubmissionDiffs';
import { type VerifyRequest, VerifyControls } from './VerifyControls';

function Review({ data, wardId }: { data: AssessmentOutput; wardId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { campaign, catalogue, assessment, submissions } = data;
  const [returning, setReturning] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [verifying, setVerifying] = useState<string>();
  const [askingBulk, setAskingBulk] = useState(false);
  const key = trpc.assessments.get.queryKey({ campaignId: campaign.campaignId, wardId });
  const doReturn = useIntent(useMutation(trpc.assessments.return.mutationOptions()));
  const verify = useIntent(useMutation(trpc.assessments.verify.mutationOptions()));
  const acceptRemaining = useIntent(useMutation(trpc.assessments.acceptRemaining.mutationOptions()));
  const base = { campaignId: campaign.campaignId, wardId };
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    await queryClient.invalidateQueries({ queryKey: trpc.campaigns.dashboard.queryKey({ campaignId: campaign.campaignId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.reviews.queue.queryKey() });
  };
  const store = (head: AssessmentHeadOutput) => queryClient.setQueryData(key, (old: AssessmentOutput | undefined) => (old ? { ...old, assessment: head } : old));

  const criteria = allCriteria(catalogue);
  const answers = toAnswers(assessment.entries);
  const canVerify = ['submitted', 'approved'].includes(assessment.status) && campaign.status !== 'draft';
  const unverified = criteria.filter((c) => !assessment.verifications[c.code] && answers[c.code]?.value);
  const overdue = assessment.submissions === 0 && vietnamToday() > campaign.assessmentDeadline;
  const bulkRunning = acceptRemaining.isPending;

  function onVerify(request: VerifyRequest, done: () => void) {
    setVerifying(request.criterionCode);
    verify.run(
      { ...base, ...request, expectedVersion: assessment.version },
      {
        onSuccess: (head) => {
          store(head);
          done();
          if (head.status === 'approved' && assessment.status !== 'approved') setNotice(t.reviewFlow.verified);
          void refresh();
        },
      },
    );
  }

  // One change for all of them: one transaction, one line of the review trail.
  function acceptRest() {
    setAskingBulk(false);
    acceptRemaining.run(
      { ...base, expectedVersion: assessment.version },
      {
        onSuccess: (head) => {
          store(head);
          if (head.status === 'approved' && assessment.status !== 'approved') setNotice(t.reviewFlow.verified);
          void refresh();
        },
      },
    );
  }

  return (
    <Stack gap="lg">
      <Section
        title={t.assessment.status}
        actions={
          assessment.status === 'submitted' ? (
            <Button
              color={toneText.red}
              variant="outline"
              onClick={() => {
                doReturn.reset();
                setReturning((n) => Math.abs(n) + 1);
              }}
            >
              {t.review.return}
            </Button>
          ) : (
            <PaperLink campaignId={campaign.campaignId} campaignStatus={campaign.status} wardId={wardId} part="assessment" status={assessment.status} />
          )
        }
      >
        <WorkStatus
          label={t.assessment.status}
          head={assessment}
          overdue={overdue}
          deadlineLabel={t.campaigns.assessmentDeadline}
          deadline={campaign.assessmentDeadline}
          returnedTitle={t.review.returnedTitle}
        />
        {notice && <NextStep done={notice} current={{ campaignId: campaign.campaignId, wardId, kind: 'assessment' }} onClose={() => setNotice(undefined)} />}
        {assessment.submissions === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t.assessment.notSubmitted}
          </Alert>
        ) : (
          <ScoreFacts content={catalogue} assessment={assessment} />
        )}
        {canVerify && (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t.assessment.verifyNote}
            </Text>
            {unverified.length > 0 && (
              <Group>
                <Button variant="light" color={toneText.green} onClick={() => setAskingBulk(true)} loading={bulkRunning} disabled={verify.isPending}>
                  {t.assessment.acceptRest(unverified.length)}
                </Button>
              </Group>
            )}
            {acceptRemaining.error && <MutationError error={acceptRemaining.error} onReload={() => void refresh()} />}
          </Stack>
        )}
      </Section>
      {assessment.submissions > 0 &&
        catalogue.groups.map((group) => (
          <Section key={group.code} title={t.criteria.groupTable(group.code, group.title)}>
            {group.criteria.map((c) => (
              <CriterionRow
                key={c.code}
                criterion={c}
                answer={answers[c.code]}
                footer={
                  <Stack gap="xs">
                    <VerificationNote verification={assessment.verifications[c.code]} criterion={c} />
                    {canVerify && (
                      <VerifyControls
                        key={`${c.code}-${assessment.verifications[c.code]?.at ?? ''}`}
                        criterion={c}
                        selfValue={answers[c.code]?.value}
                        verified={Boolean(assessment.verifications[c.code])}
                        pending={verify.isPending && verifying === c.code}
                        busy={verify.isPending || bulkRunning}
                        error={verifying === c.code ? verify.error : undefined}
                        onVerify={onVerify}
                        onReload={() => void refresh()}
                      />
                    )}
                  </Stack>
                }
              />
            ))}
          </Section>
        ))}
      <Section title={t.review.historyTitle}>
        <ReviewHistoryTable events={assessment.history} label={t.review.historyTable} maxHeight={360} />
      </Section>
      <Section title={t.review.submissionsTitle} description={t.review.compareTitle}>
        {submissions.length === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t.review.noSubmissions}
          </Alert>
        ) : (
          <SubmissionCompare
            submissions={submissions}
            renderDiff={(from, to) => <AssessmentSubmissionsDiff campaignId={campaign.campaignId} wardId={wardId} from={from} to={to} catalogue={catalogue} />}
          />
        )}
      </Section>
      <ConfirmDialog
        opened={askingBulk}
        title={t.assessment.acceptRestTitle}
        text={t.assessment.acceptRestText(unverified.length)}
        onClose={() => setAskingBulk(false)}
        onConfirm={acceptRest}
      />
      <ReturnDialog
        key={Math.abs(returning)}
        opened={returning > 0}
        pending={doReturn.isPending}
        error={doReturn.error}
        onClose={() => setReturning((n) => -Math.abs(n))}
        onReload={() => void refresh()}
        onReturn={(reason) =>
          doReturn.run(
            { ...base, reason, expectedVersion: assessment.version },
            {
              onSuccess: (head) => {
                setReturning((n) => -Math.abs(n));
                store(head);
                setNotice(t.review.returned);
                void refresh();
              },
            },
          )
        }
      />
    </Stack>
  );
}

/** Coordinator: a ward's self-assessment — verify each criterion (accept or adjust), or return it. */
export function AssessmentReview({ campaignId, wardId }: { campaignId: string; wardId: string }) {
  const trpc = useTRPC();
  const assessment = useQuery(trpc.assessments.get.queryOptions({ campaignId, wardId }));
  return <QueryState query={assessment}>{(data) => <Review data={data} wardId={wardId} />}</QueryState>;
}

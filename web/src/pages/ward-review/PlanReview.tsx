import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import { useCampaignCatalogue } from '../../api/useCampaignCatalogue';
import type { PlanHeadOutput, PlanOutput } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { WorkStatus } from '../../components/WorkStatus';
import { vietnamToday } from '../../format';
import { useI18n } from '../../i18n';
import { toneText } from '../../components/tones';
import { PaperLink } from '../paper-entry/PaperLink';
import { PlanView } from '../plan/PlanView';
import { ReviewHistoryTable } from '../../components/ReviewHistoryTable';
import { ApproveDialog } from './ApproveDialog';
import { NextStep } from './NextStep';
import { ReturnDialog } from './ReturnDialog';
import { SubmissionCompare } from './SubmissionCompare';
import { PlanSubmissionsDiff } from './SubmissionDiffs';

function Review({ data, wardId, wardName }: { data: PlanOutput; wardId: string; wardName: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { campaign, plan, submissions } = data;
  const catalogue = useCampaignCatalogue(campaign);
  const [returning, setReturning] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [approving, setApproving] = useState(0);
  const key = trpc.plans.get.queryKey({ campaignId: campaign.campaignId, wardId });
  const doReturn = useIntent(useMutation(trpc.plans.return.mutationOptions()));
  const approve = useIntent(useMutation(trpc.plans.approve.mutationOptions()));
  const target = { campaignId: campaign.campaignId, wardId, expectedVersion: plan.version };
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    await queryClient.invalidateQueries({ queryKey: trpc.campaigns.dashboard.queryKey({ campaignId: campaign.campaignId }) });
    await queryClient.invalidateQueries({ queryKey: trpc.reviews.queue.queryKey() });
  };
  const stored = (head: PlanHeadOutput, message: string) => {
    queryClient.setQueryData(key, (old: PlanOutput | undefined) => (old ? { ...old, plan: head } : old));
    setNotice(message);
    void refresh();
  };
  const overdue = plan.submissions === 0 && vietnamToday() > campaign.planDeadline;
  // What the district reviews is what the ward sent: after a return the head holds the ward's new draft.
  const lastSent = useQuery({
    ...trpc.plans.submission.queryOptions({ campaignId: campaign.campaignId, wardId, submission: plan.submissions }),
    enabled: plan.submissions > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <Stack gap="lg">
      <Section
        title={t.plan.status}
        actions={
          plan.status === 'submitted' ? (
            <Group gap="xs">
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
              <Button
                color={toneText.green}
                onClick={() => {
                  approve.reset();
                  setApproving((n) => Math.abs(n) + 1);
                }}
              >
                {t.review.approve}
              </Button>
            </Group>
          ) : (
            <PaperLink campaignId={campaign.campaignId} campaignStatus={campaign.status} wardId={wardId} part="plan" status={plan.status} />
          )
        }
      >
        <WorkStatus
          label={t.plan.status}
          head={plan}
          overdue={overdue}
          deadlineLabel={t.campaigns.planDeadline}
          deadline={campaign.planDeadline}
          returnedTitle={t.review.returnedTitle}
        />
        {plan.status === 'submitted' && (
          <Alert color="orange" variant="light" role="note">
            {t.review.waitingNote}
          </Alert>
        )}
        {notice && <NextStep done={notice} current={{ campaignId: campaign.campaignId, wardId, kind: 'plan' }} onClose={() => setNotice(undefined)} />}
      </Section>
      <Section title={t.review.planContent} description={plan.submissions > 0 ? t.review.sentContent(plan.submissions) : undefined}>
        {plan.submissions === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t.review.notSubmittedYet}
          </Alert>
        ) : (
          <QueryState query={lastSent}>{(sent) => <PlanView content={sent.content} criterionText={catalogue.textOf} />}</QueryState>
        )}
      </Section>
      <Section title={t.review.historyTitle}>
        <ReviewHistoryTable events={plan.history} label={t.review.historyTable} maxHeight={360} />
      </Section>
      <Section title={t.review.submissionsTitle} description={t.review.compareTitle}>
        {submissions.length === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {t.review.noSubmissions}
          </Alert>
        ) : (
          <SubmissionCompare
            submissions={submissions}
            renderDiff={(from, to) => <PlanSubmissionsDiff campaignId={campaign.campaignId} wardId={wardId} from={from} to={to} />}
          />
        )}
      </Section>
      <ApproveDialog
        key={`approve-${Math.abs(approving)}`}
        opened={approving > 0}
        wardName={wardName}
        submission={plan.submissions}
        pending={approve.isPending}
        error={approve.error}
        onClose={() => setApproving((n) => -Math.abs(n))}
        onReload={() => void refresh()}
        onApprove={(note) =>
          approve.run(
            { ...target, ...(note && { note }) },
            {
              onSuccess: (head) => {
                setApproving((n) => -Math.abs(n));
                stored(head, t.review.approved);
              },
            },
          )
        }
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
            { ...target, reason },
            {
              onSuccess: (head) => {
                setReturning((n) => -Math.abs(n));
                stored(head, t.review.returned);
              },
            },
          )
        }
      />
    </Stack>
  );
}

/** Coordinator: a ward's plan — content, history, submissions compared, and return or approve. */
export function PlanReview({ campaignId, wardId, wardName }: { campaignId: string; wardId: string; wardName: string }) {
  const trpc = useTRPC();
  const plan = useQuery(trpc.plans.get.queryOptions({ campaignId, wardId }));
  return <QueryState query={plan}>{(data) => <Review data={data} wardId={wardId} wardName={wardName} />}</QueryState>;
}

import { Alert, Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../api/useMe';
import { Message } from '../../components/Message';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { PlanView } from '../plan/PlanView';
import { reportPaths } from './paths';
import { BackLink } from './shared/BackLink';
import { AssessmentEntriesView } from './submission/AssessmentEntriesView';
import { criterionIndex } from './submission/criteria';
import { ReviewHistoryTable } from '../../components/ReviewHistoryTable';
import { SubmissionList } from './submission/SubmissionList';
import { SubmissionStatus } from './submission/SubmissionStatus';
import type { SubmissionPart, SubmissionTrailOutput, SubmissionVerifications } from './types';
import { useReportYear } from './useReportYear';

interface Target {
  districtId: string;
  wardId: string;
  campaignId: string;
  part: SubmissionPart;
  year: number;
}

function Trail({ trail, target, reviewLink }: { trail: SubmissionTrailOutput; target: Target; reviewLink: boolean }) {
  const { t } = useI18n();
  const s = t.reports.submission;
  const shown = trail.submission;
  const linkTo = (n: number) => reportPaths.submission(target.districtId, target.wardId, target.campaignId, target.part, target.year, n);
  const { textOf } = criterionIndex(trail.criteria);
  // Verifications are of the latest submission: a new one clears them, so an earlier one has none.
  const latest = shown?.submission === trail.head.submissions;
  return (
    <Stack gap="lg">
      <Section
        title={s.statusTitle}
        actions={
          // A coordinator reviews on the campaign's screens; the report itself never changes anything.
          reviewLink && (
            <Anchor component={Link} to={`/campaigns/${target.campaignId}/wards/${target.wardId}?tab=${target.part}`} size="sm">
              {s.openReview}
            </Anchor>
          )
        }
      >
        <SubmissionStatus head={trail.head} />
      </Section>
      <Section title={s.listTitle} description={s.listIntro}>
        {trail.submissions.length === 0 ? (
          <Alert color="gray" variant="light" role="status">
            {s.notSubmitted}
          </Alert>
        ) : (
          <SubmissionList submissions={trail.submissions} current={shown?.submission ?? 0} linkTo={linkTo} />
        )}
      </Section>
      <Section title={s.trailTitle}>
        <ReviewHistoryTable events={trail.head.history} label={t.reports.submission.trailTable} />
      </Section>
      {shown && (
        <Section title={s.contentTitle(shown.submission)} description={'content' in shown || latest ? s.contentIntro : s.earlierIntro(trail.head.submissions)}>
          {'content' in shown ? (
            <PlanView content={shown.content} criterionText={textOf} />
          ) : (
            <AssessmentEntriesView
              entries={shown.entries}
              criteria={trail.criteria}
              verifications={latest ? (trail.verifications as SubmissionVerifications) : undefined}
            />
          )}
        </Section>
      )}
    </Stack>
  );
}

/** `/reports/districts/:districtId/wards/:wardId/:campaignId/:part`: a plan or self-assessment as sent, with its trail. */
export function SubmissionPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const params = useParams();
  const [search] = useSearchParams();
  const [year] = useReportYear();
  const part = params.part === 'plan' || params.part === 'assessment' ? params.part : undefined;
  const target: Target = { districtId: params.districtId ?? '', wardId: params.wardId ?? '', campaignId: params.campaignId ?? '', part: part ?? 'plan', year };
  const picked = Number(search.get('submission'));
  const submission = Number.isInteger(picked) && picked > 0 ? picked : undefined;
  const trail = useQuery({
    ...trpc.reports.submission.queryOptions({ districtId: target.districtId, wardId: target.wardId, campaignId: target.campaignId, part: target.part, submission }),
    enabled: part !== undefined,
  });
  // The trail names the campaign; the ward's name comes from the ward's report, cached from the page
  // the reader came from (the trail does not carry it).
  const ward = useQuery(trpc.reports.ward.queryOptions({ year, districtId: target.districtId, wardId: target.wardId }));
  if (!part) return <Message title={t.common.notFoundTitle} text={t.common.notFoundText} />;
  const s = t.reports.submission;
  const wardName = ward.data?.ward.name ?? target.wardId;
  const reviewLink = Boolean(me.data?.user.roles.includes('coordinator'));
  return (
    <Stack gap="md">
      <BackLink to={reportPaths.ward(target.districtId, target.wardId, year)} label={t.reports.backToWard} />
      <PageHeader title={s.heading(s.part[part], wardName)} subtitle={trail.data?.campaign.name} />
      <QueryState query={trail}>{(data) => <Trail trail={data} target={target} reviewLink={reviewLink} />}</QueryState>
    </Stack>
  );
}

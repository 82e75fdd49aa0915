import { Alert, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../api/useMe';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { reportPaths } from './paths';
import { BackLink } from './shared/BackLink';
import { HeadlineFigures } from './shared/HeadlineFigures';
import { rowFigures } from './shared/headline';
import { ReportYear } from './shared/ReportYear';
import type { WardReportOutput } from './types';
import { useReportYear } from './useReportYear';
import { WardAwardsTable } from './ward/WardAwardsTable';
import { WardCampaignsTable } from './ward/WardCampaignsTable';
import { WardRecordsTable } from './ward/WardRecordsTable';

function Empty({ text }: { text: string }) {
  return (
    <Alert color="gray" variant="light" role="status">
      {text}
    </Alert>
  );
}

function Report({ report, districtId, formNames }: { report: WardReportOutput; districtId: string; formNames: Record<string, string> }) {
  const { t } = useI18n();
  const w = t.reports.ward;
  const { year } = report;
  return (
    <Stack gap="lg">
      <Section title={t.reports.headline}>
        <HeadlineFigures figures={rowFigures(report.row, t)} />
      </Section>
      <Section title={w.campaignsTitle}>
        {report.campaigns.length === 0 ? (
          <Empty text={w.none(year)} />
        ) : (
          <WardCampaignsTable districtId={districtId} wardId={report.ward.code} year={year} campaigns={report.campaigns} />
        )}
      </Section>
      <Section title={w.recordsTitle}>{report.records.length === 0 ? <Empty text={w.recordsNone(year)} /> : <WardRecordsTable records={report.records} />}</Section>
      <Section title={w.awardsTitle}>
        {report.awards.length === 0 ? <Empty text={w.awardsNone(year)} /> : <WardAwardsTable awards={report.awards} formNames={formNames} />}
      </Section>
    </Stack>
  );
}

/** `/reports/districts/:districtId/wards/:wardId`: one ward's year, from the district's report. */
export function WardReportPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { districtId = '', wardId = '' } = useParams();
  const [year, setYear] = useReportYear();
  const report = useQuery(trpc.reports.ward.queryOptions({ year, districtId, wardId }));
  // A ward officer reads their own ward only: no district report to go back to or to name forms from.
  const me = useMe();
  const ownWardOnly = !!me.data && !me.data.user.roles.some((r) => r === 'coordinator' || r === 'province_staff');
  // The district's report (usually cached from the page the reader came from) names the award forms.
  const district = useQuery({ ...trpc.reports.district.queryOptions({ year, districtId }), enabled: !!me.data && !ownWardOnly });
  const forms = useQuery({ ...trpc.awards.forms.queryOptions(), enabled: ownWardOnly });
  const formNames = district.data?.awardForms ?? Object.fromEntries((forms.data ?? []).map((f) => [f.code, f.name]));
  const name = report.data?.ward.name;
  return (
    <Stack gap="md">
      {!ownWardOnly && <BackLink to={reportPaths.district(districtId, year)} label={t.reports.backToDistrict} />}
      <PageHeader title={name ? t.reports.wardTitle(name, year) : t.reports.title} subtitle={district.data ? `${district.data.district.name}. ${t.reports.wardIntro}` : t.reports.wardIntro} />
      <Group>
        <ReportYear year={year} onChange={setYear} />
      </Group>
      <QueryState query={report}>{(data) => <Report report={data} districtId={districtId} formNames={formNames} />}</QueryState>
    </Stack>
  );
}

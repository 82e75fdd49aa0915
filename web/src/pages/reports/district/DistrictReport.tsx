import { reportCsv, sortByName } from '@antq/domain';
import { Alert, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../../api/trpc';
import { useMe } from '../../../api/useMe';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { loadDocuments, loadSheets } from '../../../files/download';
import { formatNumber, vietnamToday } from '../../../format';
import { useI18n } from '../../../i18n';
import { reportPaths } from '../paths';
import { BackLink } from '../shared/BackLink';
import { CriteriaSetsSection } from '../shared/CriteriaSetsSection';
import { ExportButtons } from '../shared/ExportButtons';
import { HeadlineFigures } from '../shared/HeadlineFigures';
import { rowFigures } from '../shared/headline';
import { ReportTable } from '../shared/ReportTable';
import { ReportYear } from '../shared/ReportYear';
import type { DistrictReportOutput } from '../types';
import { useReportYear } from '../useReportYear';
import { AwardsSection } from './AwardsSection';
import { CampaignSection } from './CampaignSection';
import { MovementSection, ProgrammesSection } from './MovementSections';

interface ViewProps {
  report: DistrictReportOutput;
  provincial: boolean;
}

function Report({ report, provincial }: ViewProps) {
  const { t } = useI18n();
  const r = t.reports;
  const { district, year, row } = report;
  const wards = sortByName(report.wards, (w) => w.unitName);
  return (
    <Stack gap="lg">
      <Section
        title={r.headline}
        actions={
          <ExportButtons
            fileTitle={r.exports.fileDistrict(district.name, year)}
            xlsx={async () => (await loadSheets()).districtReportXlsx({ ...report, wards })}
            csv={() => reportCsv([...wards, row], 'vietnamese')}
            docx={async () => (await loadDocuments()).districtReportDocx({ ...report, wards }, { date: vietnamToday() })}
          />
        }
      >
        <HeadlineFigures
          figures={[{ label: r.figures.wards, value: formatNumber(row.wards) }, { label: r.figures.campaigns, value: formatNumber(row.campaigns) }, ...rowFigures(row, t)]}
        />
      </Section>
      {report.campaigns.length === 0 ? (
        <Alert color="gray" variant="light" role="status">
          {r.campaigns.none(year)}
        </Alert>
      ) : (
        report.campaigns.map((c) => <CampaignSection key={c.campaignId} campaign={c} wards={wards} dashboardLink={!provincial} />)
      )}
      {row.criteriaSets.length > 1 && <CriteriaSetsSection row={row} />}
      <MovementSection report={report} />
      <ProgrammesSection report={report} />
      <AwardsSection report={report} />
      <Section title={r.tableTitleDistrict}>
        <ReportTable
          label={r.tableDistrict}
          rows={wards}
          total={row}
          totalLabel={r.districtTotal}
          omit={['wards']}
          linkFor={(w) => reportPaths.ward(district.code, w.unitCode, year)}
        />
      </Section>
    </Stack>
  );
}

/**
 * A district's report for a year: provincial staff reach it from the provincial report, a
 * coordinator sees their own at /reports. Read-only for both.
 */
export function DistrictReport({ districtId }: { districtId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const [year, setYear] = useReportYear();
  const report = useQuery(trpc.reports.district.queryOptions({ year, districtId }));
  const provincial = Boolean(me.data?.user.roles.includes('province_staff'));
  const name = report.data?.district.name;
  return (
    <Stack gap="md">
      {provincial && <BackLink to={reportPaths.home(year)} label={t.reports.backToProvince} />}
      <PageHeader title={name ? t.reports.districtTitle(name, year) : t.reports.title} subtitle={t.reports.districtIntro} />
      <Group justify="space-between" align="flex-end">
        <ReportYear year={year} onChange={setYear} />
      </Group>
      <QueryState query={report}>{(data) => <Report report={data} provincial={provincial} />}</QueryState>
    </Stack>
  );
}

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
import { CriteriaSetsSection } from '../shared/CriteriaSetsSection';
import { ExportButtons } from '../shared/ExportButtons';
import { HeadlineFigures } from '../shared/HeadlineFigures';
import { rowFigures } from '../shared/headline';
import { ReportTable } from '../shared/ReportTable';
import { ReportYear } from '../shared/ReportYear';
import type { ProvinceReportOutput } from '../types';
import { useReportYear } from '../useReportYear';
import { DistrictBars } from './DistrictBars';

function Report({ report }: { report: ProvinceReportOutput }) {
  const { t } = useI18n();
  const r = t.reports;
  const { year, total } = report;
  const districts = sortByName(report.districts, (d) => d.unitName);
  const fileTitle = r.exports.fileProvince(report.provinceName, year);
  if (districts.length === 0) {
    return (
      <Alert color="gray" variant="light" role="status">
        {r.noDistricts}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <Section
        title={r.headline}
        actions={
          <ExportButtons
            fileTitle={fileTitle}
            xlsx={async () => (await loadSheets()).provinceReportXlsx({ ...report, districts })}
            csv={() => reportCsv([...districts, total], 'vietnamese')}
            docx={async () => (await loadDocuments()).provinceReportDocx({ ...report, districts }, { date: vietnamToday() })}
          />
        }
      >
        <HeadlineFigures
          figures={[
            { label: r.figures.districts, value: formatNumber(districts.length) },
            { label: r.figures.wards, value: formatNumber(total.wards), note: r.wardsNote(total.campaigns) },
            ...rowFigures(total, t),
          ]}
        />
      </Section>
      <DistrictBars districts={districts} year={year} />
      <CriteriaSetsSection row={total} />
      <Section title={r.tableTitleProvince}>
        <ReportTable
          label={r.tableProvince}
          rows={districts}
          total={total}
          totalLabel={r.provinceTotal}
          linkFor={(row) => reportPaths.district(row.unitCode, year)}
        />
      </Section>
    </Stack>
  );
}

/** Provincial staff: the consolidated report of the province's districts for a year, read-only. */
export function ProvinceReport() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const [year, setYear] = useReportYear();
  const report = useQuery(trpc.reports.province.queryOptions({ year }));
  const provinceName = report.data?.provinceName ?? me.data?.provinceName ?? '';
  return (
    <Stack gap="md">
      <PageHeader title={provinceName ? t.reports.provinceTitle(provinceName, year) : t.reports.title} subtitle={t.reports.provinceIntro} />
      <Group justify="space-between" align="flex-end">
        <ReportYear year={year} onChange={setYear} />
      </Group>
      <QueryState query={report}>{(data) => <Report report={data} />}</QueryState>
    </Stack>
  );
}

import { YearSelect } from '../../../components/YearSelect';
import { useI18n } from '../../../i18n';
import { thisYear } from '../../movement/years';
import { FIRST_REPORT_YEAR } from '../useReportYear';

/** "Năm báo cáo": which year's figures the report shows (next year too, for campaigns planned ahead). */
export function ReportYear({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useI18n();
  return (
    <YearSelect
      label={t.reports.year}
      value={year}
      onChange={(y) => y !== undefined && onChange(y)}
      from={Math.min(FIRST_REPORT_YEAR, year)}
      to={Math.max(thisYear() + 1, year)}
      w={160}
    />
  );
}

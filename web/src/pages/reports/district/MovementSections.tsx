import { Section } from '../../../components/Section';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { FigureCards } from '../../movement/FigureCards';
import { HeadlineFigures } from '../shared/HeadlineFigures';
import type { DistrictReportOutput } from '../types';

/** The movement's figures of the year (models, commitments, forums, conferences, festival days). */
export function MovementSection({ report }: { report: DistrictReportOutput }) {
  const { t } = useI18n();
  return (
    <Section title={t.reports.movementTitle}>
      <FigureCards counts={report.figures.movement} withProgrammes={false} />
    </Section>
  );
}

/** The joint police–Front programmes' work of the year: activities done, joint reports. */
export function ProgrammesSection({ report }: { report: DistrictReportOutput }) {
  const { t } = useI18n();
  const m = report.figures.movement;
  return (
    <Section title={t.reports.programmesTitle}>
      <HeadlineFigures
        figures={[
          { label: t.reports.programmeActivities, value: t.reports.ofTotal(m.activitiesDone, m.activitiesTotal) },
          { label: t.reports.programmeReports, value: formatNumber(m.reports) },
        ]}
      />
    </Section>
  );
}

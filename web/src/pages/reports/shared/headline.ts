import type { ReportRow } from '@antq/domain';
import type { Messages } from '../../../i18n';
import { formatNumber } from '../../../format';
import type { Figure } from './HeadlineFigures';

/** The headline figures every report level shares, from its total row. */
export function rowFigures(row: ReportRow, t: Messages): Figure[] {
  const r = t.reports;
  return [
    { label: r.figures.plansSubmitted, value: r.ofTotal(row.plansSubmitted, row.plansExpected), note: r.plansNote(row.plansOnTime, row.plansApproved) },
    { label: r.figures.assessmentsSubmitted, value: r.ofTotal(row.assessmentsSubmitted, row.assessmentsExpected), note: r.approvedNote(row.assessmentsApproved) },
    { label: r.figures.wardsAllMet, value: formatNumber(row.wardsAllCriteriaMet), note: r.wardsNote(row.campaigns) },
    { label: r.figures.opinionsResolved, value: formatNumber(row.opinionsResolved), note: r.opinionsNote(row.opinionsReceived) },
    { label: r.figures.awards, value: formatNumber(row.awards), note: r.awardsNote(row.awardsCollective, row.awardsIndividual, row.awardsHousehold) },
  ];
}

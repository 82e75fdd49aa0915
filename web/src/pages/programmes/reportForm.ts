import type { ProgrammeSide } from '@antq/domain';
import type { ReportFieldsInput, ReportRecord } from '../../api/types';
import type { Problems } from '../movement/shared/problems';

/** A joint report while it is typed. */
export interface ReportFormValues {
  side: ProgrammeSide;
  periodLabel: string;
  date: string;
  documentNumber: string;
  summary: string;
}

export function reportFormValues(record?: ReportRecord): ReportFormValues {
  const f = record?.fields;
  return { side: f?.side ?? 'police', periodLabel: f?.periodLabel ?? '', date: f?.date ?? '', documentNumber: f?.documentNumber ?? '', summary: f?.summary ?? '' };
}

export function toReportFields(v: ReportFormValues): ReportFieldsInput {
  return { side: v.side, periodLabel: v.periodLabel, date: v.date, ...(v.documentNumber.trim() && { documentNumber: v.documentNumber }), summary: v.summary };
}

export function blankReportProblems(v: ReportFormValues, message: string): Problems {
  const found: Problems = {};
  if (!v.periodLabel.trim()) found.periodLabel = [message];
  if (!v.date) found.date = [message];
  if (!v.summary.trim()) found.summary = [message];
  return found;
}

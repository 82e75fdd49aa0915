import type { LegalReference, legalDocumentTypes } from '@antq/domain';

export type LegalType = (typeof legalDocumentTypes)[number];

/** A legal reference while it is typed: every field a string, the date ISO ('' when empty). */
export interface LegalValues {
  type: LegalType;
  number: string;
  issuer: string;
  date: string;
  title: string;
}

export const legalValuesOf = (ref: LegalReference | undefined, type: LegalType): LegalValues =>
  ref ? { type: ref.type, number: ref.number, issuer: ref.issuer, date: ref.date, title: ref.title ?? '' } : { type, number: '', issuer: '', date: '', title: '' };

/** The reference to send: none when nothing was typed, the number kept exactly as typed. */
export function toLegalReference(v: LegalValues): LegalReference | undefined {
  if ([v.number, v.issuer, v.date, v.title].every((x) => x.trim() === '')) return undefined;
  return { type: v.type, number: v.number, issuer: v.issuer, date: v.date, ...(v.title.trim() && { title: v.title }) };
}

/** The label of one field of a legal reference, as the form shows it. */
export function legalFieldLabel(field: string | undefined, p: { docType: string; docNumber: string; docIssuer: string; docDate: string; docTitle: string }): string | undefined {
  const labels: Record<string, string> = { type: p.docType, number: p.docNumber, issuer: p.docIssuer, date: p.docDate, title: p.docTitle };
  return field ? labels[field] : undefined;
}

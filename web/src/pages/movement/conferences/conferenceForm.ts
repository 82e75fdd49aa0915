import type { conferenceKinds, conferenceSubjects } from '@antq/domain';
import type { ConferenceFieldsInput, ConferenceRecord } from '../../../api/types';
import type { Problems } from '../shared/problems';

export type ConferenceKind = (typeof conferenceKinds)[number];
export type SubjectType = (typeof conferenceSubjects)[number];

/** A conference while it is typed; the subject as one choice ("movement", "programme:<id>"…). */
export interface ConferenceFormValues {
  kind: ConferenceKind;
  /** A review conference held together with the festival day (one record, counted once in each). */
  alsoFestival: boolean;
  title: string;
  /** '' = held by the district for the whole district. */
  wardId: string;
  periodFromYear: number | '';
  periodToYear: number | '';
  subject: string;
  date: string;
  place: string;
  participants: number | '';
  conclusions: string;
}

/** What a conference can review: the movement, or one programme, model or campaign (with the name shown for it). */
export interface SubjectOption {
  value: string;
  type: SubjectType;
  refId?: string;
  /** The name kept with the record ("09/CTr-BCA-MTTW"). */
  label: string;
  /** The text of the choice, when longer than the name ("09/CTr-BCA-MTTW — Phối hợp…"). */
  text?: string;
}

export const subjectValue = (s: { type: SubjectType; refId?: string }) => (s.refId ? `${s.type}:${s.refId}` : s.type);

export function conferenceFormValues(record: ConferenceRecord | undefined, wardId: string, preset: Partial<ConferenceFormValues> = {}): ConferenceFormValues {
  const f = record?.fields;
  if (!f) {
    return { kind: 'interim', alsoFestival: false, title: '', wardId, periodFromYear: '', periodToYear: '', subject: 'movement', date: '', place: '', participants: '', conclusions: '', ...preset };
  }
  return {
    kind: f.kind,
    alsoFestival: f.alsoFestival === true,
    title: f.title,
    wardId: f.wardId ?? '',
    periodFromYear: f.periodFromYear,
    periodToYear: f.periodToYear,
    subject: subjectValue(f.subject),
    date: f.date,
    place: f.place ?? '',
    participants: f.participants,
    conclusions: f.conclusions ?? '',
  };
}

/** The fields to send; the chosen subject's name is kept with it so lists need no look-up. */
export function toConferenceFields(v: ConferenceFormValues, subject: SubjectOption | undefined): ConferenceFieldsInput {
  const chosen: Pick<SubjectOption, 'type' | 'refId' | 'label'> = subject ?? { type: 'movement', label: '' };
  return {
    kind: v.kind,
    ...(v.kind !== 'festival' && v.alsoFestival && { alsoFestival: true }),
    title: v.title,
    ...(v.wardId && { wardId: v.wardId }),
    periodFromYear: v.periodFromYear === '' ? Number.NaN : v.periodFromYear,
    periodToYear: v.periodToYear === '' ? Number.NaN : v.periodToYear,
    subject: { type: chosen.type, ...(chosen.refId && { refId: chosen.refId, label: chosen.label }) },
    date: v.date,
    ...(v.place.trim() && { place: v.place }),
    participants: v.participants === '' ? Number.NaN : v.participants,
    ...(v.conclusions.trim() && { conclusions: v.conclusions }),
  };
}

export function blankConferenceProblems(v: ConferenceFormValues, message: string): Problems {
  const found: Problems = {};
  const required: Array<keyof ConferenceFormValues> = ['title', 'date', 'periodFromYear', 'periodToYear', 'participants'];
  for (const key of required) if (String(v[key]).trim() === '') found[key] = [message];
  return found;
}

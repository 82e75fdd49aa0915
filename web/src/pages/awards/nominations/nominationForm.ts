import type { RecipientKind } from '@antq/domain';
import { newRowKey } from '../../movement/shared/rowKey';
import type { Problems } from '../../movement/shared/problems';
import type { AwardFormOutput, NominationFieldsInput, NominationOutput } from '../types';

export type SubjectType = NominationFieldsInput['achievement']['subject']['type'];
export const subjectTypes: readonly SubjectType[] = ['campaign', 'programme', 'conference', 'period'];
/** The subjects that name a record of the district (the others are a period typed by hand). */
export type RefSubjectType = Exclude<SubjectType, 'period'>;
export const isRefSubject = (type: SubjectType): type is RefSubjectType => type !== 'period';

export interface AttachmentRow {
  key: string;
  title: string;
  documentNumber: string;
}

/** A nomination while it is typed: the fields of every recipient kind are kept, so switching kind loses nothing. */
export interface NominationFormValues {
  kind: RecipientKind;
  name: string;
  collectiveType: string;
  position: string;
  unit: string;
  birthYear: number | '';
  /** The person is not the one already given a once-only award under the same name and unit. */
  confirmPossibleDuplicate: boolean;
  address: string;
  /** '' = nominated by the district itself. */
  wardId: string;
  summary: string;
  subjectType: SubjectType;
  /** The campaign, programme or conference chosen ('' for a period). */
  subjectRef: string;
  periodLabel: string;
  fromYear: number | '';
  toYear: number | '';
  formCode: string;
  attachments: AttachmentRow[];
}

export const attachmentRow = (title = '', documentNumber = ''): AttachmentRow => ({ key: newRowKey(), title, documentNumber });

export function nominationFormValues(nomination: NominationOutput | undefined, wardId: string): NominationFormValues {
  const f = nomination?.fields;
  if (!f) {
    return {
      kind: 'collective',
      name: '',
      collectiveType: '',
      position: '',
      unit: '',
      birthYear: '',
      confirmPossibleDuplicate: false,
      address: '',
      wardId,
      summary: '',
      subjectType: 'period',
      subjectRef: '',
      periodLabel: '',
      fromYear: '',
      toYear: '',
      formCode: '',
      attachments: [],
    };
  }
  const r = f.recipient;
  const s = f.achievement.subject;
  return {
    kind: r.kind,
    name: r.name,
    collectiveType: r.kind === 'collective' ? (r.collectiveType ?? '') : '',
    position: r.kind === 'individual' ? (r.position ?? '') : '',
    unit: r.kind === 'individual' ? r.unit : '',
    birthYear: r.kind === 'individual' ? (r.birthYear ?? '') : '',
    confirmPossibleDuplicate: f.confirmPossibleDuplicate === true,
    address: r.kind === 'household' ? r.address : '',
    wardId: f.wardId ?? '',
    summary: f.achievement.summary,
    subjectType: s.type,
    subjectRef: s.refId ?? '',
    periodLabel: s.type === 'period' ? (s.label ?? '') : '',
    fromYear: s.fromYear,
    toYear: s.toYear,
    formCode: f.proposedFormCode,
    attachments: f.attachments.map((a) => attachmentRow(a.title, a.documentNumber ?? '')),
  };
}

const optional = (text: string) => (text.trim() ? text : undefined);
const year = (v: number | '') => (v === '' ? Number.NaN : v);

/**
 * The fields to send. A chosen campaign, programme or conference is kept with its name, so lists
 * and tallies need no look-up; a period left unnamed is named by its years ("Năm 2024").
 */
export function toNominationFields(v: NominationFormValues, refLabel: string | undefined, periodDefault: (from: number, to: number) => string): NominationFieldsInput {
  const recipient: NominationFieldsInput['recipient'] =
    v.kind === 'collective'
      ? { kind: 'collective', name: v.name, ...(optional(v.collectiveType) && { collectiveType: v.collectiveType }) }
      : v.kind === 'individual'
        ? { kind: 'individual', name: v.name, unit: v.unit, ...(optional(v.position) && { position: v.position }), ...(v.birthYear !== '' && { birthYear: v.birthYear }) }
        : { kind: 'household', name: v.name, address: v.address };
  const from = year(v.fromYear);
  const to = year(v.toYear);
  const label = isRefSubject(v.subjectType) ? refLabel : (optional(v.periodLabel) ?? (Number.isNaN(from) || Number.isNaN(to) ? undefined : periodDefault(from, to)));
  return {
    ...(v.wardId && { wardId: v.wardId }),
    recipient,
    achievement: {
      summary: v.summary,
      subject: { type: v.subjectType, ...(isRefSubject(v.subjectType) && v.subjectRef && { refId: v.subjectRef }), ...(label && { label }), fromYear: from, toYear: to },
    },
    proposedFormCode: v.formCode,
    attachments: v.attachments.map((a) => ({ title: a.title, ...(optional(a.documentNumber) && { documentNumber: a.documentNumber }) })),
    ...(v.kind === 'individual' && v.confirmPossibleDuplicate && { confirmPossibleDuplicate: true }),
  };
}

/** "Please fill in" for what the form needs, keyed by the fields' paths so the API's problems land in the same places. */
export function blankNominationProblems(v: NominationFormValues, message: string): Problems {
  const found: Problems = {};
  const need = (path: string, value: string | number) => {
    if (String(value).trim() === '') found[path] = [message];
  };
  need('recipient.name', v.name);
  if (v.kind === 'individual') need('recipient.unit', v.unit);
  if (v.kind === 'household') need('recipient.address', v.address);
  need('achievement.summary', v.summary);
  if (isRefSubject(v.subjectType)) need('achievement.subject.refId', v.subjectRef);
  need('achievement.subject.fromYear', v.fromYear);
  need('achievement.subject.toYear', v.toYear);
  need('proposedFormCode', v.formCode);
  v.attachments.forEach((a, i) => need(`attachments.${i}.title`, a.title));
  return found;
}

/** The forms that may go to a kind of recipient (the API refuses the others). */
export function formsFor(forms: readonly AwardFormOutput[], kind: RecipientKind): AwardFormOutput[] {
  return forms.filter((f) => f.recipients.includes(kind));
}

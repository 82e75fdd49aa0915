import type { signatoryKinds } from '@antq/domain';
import type { CommitmentFieldsInput, CommitmentRecord } from '../../../api/types';
import type { Problems } from '../shared/problems';
import { newRowKey } from '../shared/rowKey';

export type SignatoryKind = (typeof signatoryKinds)[number];

export interface SignatoryRow {
  key: string;
  kind: SignatoryKind;
  count: number | '';
}

/** A commitment signing while it is typed: the contents one per line of a text box. */
export interface CommitmentFormValues {
  wardId: string;
  date: string;
  contents: string;
  signatories: SignatoryRow[];
  notes: string;
}

export const emptySignatory = (kind: SignatoryKind = 'department'): SignatoryRow => ({ key: newRowKey(), kind, count: '' });

export function commitmentFormValues(record: CommitmentRecord | undefined, wardId: string): CommitmentFormValues {
  const f = record?.fields;
  return {
    wardId: f?.wardId ?? wardId,
    date: f?.date ?? '',
    contents: f?.contents.join('\n') ?? '',
    signatories: f ? f.signatories.map((s) => ({ key: newRowKey(), kind: s.kind, count: s.count })) : [emptySignatory()],
    notes: f?.notes ?? '',
  };
}

/** The contents typed, one per non-empty line. */
export const contentLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** How many people signed, from the rows with a count. */
export const signatoryTotal = (rows: readonly SignatoryRow[]): number => rows.reduce((n, r) => n + (r.count === '' ? 0 : r.count), 0);

export function toCommitmentFields(v: CommitmentFormValues): CommitmentFieldsInput {
  return {
    wardId: v.wardId,
    date: v.date,
    contents: contentLines(v.contents),
    signatories: v.signatories.map((s) => ({ kind: s.kind, count: s.count === '' ? Number.NaN : s.count })),
    ...(v.notes.trim() && { notes: v.notes }),
  };
}

/** Blank required fields, before the schema's own checks. */
export function blankCommitmentProblems(v: CommitmentFormValues, message: string): Problems {
  const found: Problems = {};
  if (!v.wardId) found.wardId = [message];
  if (!v.date) found.date = [message];
  if (contentLines(v.contents).length === 0) found.contents = [message];
  v.signatories.forEach((s, i) => {
    if (s.count === '') found[`signatories.${i}.count`] = [message];
  });
  return found;
}

import type { ModelKind, ModelStatus } from '@antq/domain';
import type { ModelFieldsInput, ModelRecord } from '../../../api/types';
import { type LegalValues, legalValuesOf, toLegalReference } from '../shared/legalReference';

/** A model while it is typed; dates ISO ('' when empty), numbers '' when empty. */
export interface ModelFormValues {
  name: string;
  kind: ModelKind;
  hostWardId: string;
  residentialGroup: string;
  startDate: string;
  status: ModelStatus;
  /** When a suspended or ended model stopped ('' when unknown); an active one has none. */
  endDate: string;
  replicatedFrom: string;
  decision: LegalValues;
  chapters: number | '';
  articles: number | '';
  notes: string;
}

export function modelFormValues(record: ModelRecord | undefined, wardId: string): ModelFormValues {
  const f = record?.fields;
  return {
    name: f?.name ?? '',
    kind: f?.kind ?? 'self_management',
    hostWardId: f?.hostWardId ?? wardId,
    residentialGroup: f?.residentialGroup ?? '',
    startDate: f?.startDate ?? '',
    status: f?.status ?? 'active',
    endDate: f?.endDate ?? '',
    replicatedFrom: f?.replicatedFrom ?? '',
    decision: legalValuesOf(f?.foundingDecision, 'decision'),
    chapters: f?.regulation?.chapters ?? '',
    articles: f?.regulation?.articles ?? '',
    notes: f?.notes ?? '',
  };
}

const opt = (value: string) => (value.trim() ? value : undefined);

/** The fields to send: blank optional parts left out, a regulation when either count is typed. */
export function toModelFields(v: ModelFormValues): ModelFieldsInput {
  const decision = toLegalReference(v.decision);
  const hasRegulation = v.chapters !== '' || v.articles !== '';
  return {
    name: v.name,
    kind: v.kind,
    hostWardId: v.hostWardId,
    ...(opt(v.residentialGroup) && { residentialGroup: v.residentialGroup }),
    ...(decision && { foundingDecision: decision }),
    ...(hasRegulation && { regulation: { chapters: v.chapters === '' ? 0 : v.chapters, articles: v.articles === '' ? 0 : v.articles } }),
    startDate: v.startDate,
    status: v.status,
    ...(v.status !== 'active' && v.endDate && { endDate: v.endDate }),
    ...(v.replicatedFrom && { replicatedFrom: v.replicatedFrom }),
    ...(opt(v.notes) && { notes: v.notes }),
  };
}

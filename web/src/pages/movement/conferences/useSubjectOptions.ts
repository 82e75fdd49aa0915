import { useQuery } from '@tanstack/react-query';
import type { ComboboxData } from '@mantine/core';
import { useMemo } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { ConferenceRecord } from '../../../api/types';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../shared/useMovementScope';
import { type SubjectOption, subjectValue } from './conferenceForm';

/**
 * What a conference can review: the movement, the district's joint programmes, its models and
 * campaigns. The subject of the record being edited stays available even when it is not listed.
 */
export function useSubjectOptions(scope: MovementScope, record: ConferenceRecord | undefined) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const models = useQuery(trpc.records.models.list.queryOptions({}));
  const campaigns = useQuery(trpc.campaigns.list.queryOptions());
  const pending = programmes.isPending || models.isPending || campaigns.isPending;

  return useMemo(() => {
    const options: SubjectOption[] = [
      { value: 'movement', type: 'movement', label: t.labels.conferenceSubject.movement },
      { value: 'national_defence', type: 'national_defence', label: t.labels.conferenceSubject.national_defence },
      ...(programmes.data ?? []).map((p) => ({ value: subjectValue({ type: 'programme', refId: p.recordId }), type: 'programme' as const, refId: p.recordId, label: p.fields.documentNumber, text: `${p.fields.documentNumber} — ${p.fields.title}` })),
      ...(models.data ?? []).map((m) => ({ value: subjectValue({ type: 'model', refId: m.recordId }), type: 'model' as const, refId: m.recordId, label: m.fields.name, text: `${m.fields.name} — ${scope.wardName(m.fields.hostWardId)}` })),
      ...(campaigns.data ?? []).map((c) => ({ value: subjectValue({ type: 'campaign', refId: c.campaignId }), type: 'campaign' as const, refId: c.campaignId, label: c.name, text: c.name })),
    ];
    const current = record?.fields.subject;
    if (current && !options.some((o) => o.value === subjectValue(current))) {
      options.push({ value: subjectValue(current), type: current.type, ...(current.refId && { refId: current.refId }), label: current.label ?? t.labels.conferenceSubject[current.type] });
    }
    const group = (type: 'programme' | 'model' | 'campaign') => {
      const items = options.filter((o) => o.type === type).map((o) => ({ value: o.value, label: o.text ?? o.label }));
      return items.length > 0 ? [{ group: t.conferences.subjectGroups[type], items }] : [];
    };
    const data: ComboboxData = [
      { value: 'movement', label: t.labels.conferenceSubject.movement },
      { value: 'national_defence', label: t.labels.conferenceSubject.national_defence },
      ...group('programme'),
      ...group('model'),
      ...group('campaign'),
    ];
    return { options, data, pending };
  }, [programmes.data, models.data, campaigns.data, record, scope, t, pending]);
}

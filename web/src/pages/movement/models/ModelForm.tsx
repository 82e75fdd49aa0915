import { modelKinds, modelStatuses, movementModelSchema } from '@antq/domain';
import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ModelFieldsInput, ModelRecord } from '../../../api/types';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { FormButtons } from '../shared/FormButtons';
import { FormProblems } from '../shared/FormProblems';
import { legalFieldLabel } from '../shared/legalReference';
import { LegalReferenceFields } from '../shared/LegalReferenceFields';
import { blankProblems, problemsOf, useProblems } from '../shared/problems';
import type { MovementScope } from '../shared/useMovementScope';
import { WardField } from '../shared/WardField';
import { type ModelFormValues, toModelFields } from './modelForm';
import { possibleSources } from './modelSpread';

interface Props {
  initial: ModelFormValues;
  recordId?: string;
  /** Every model the user sees, for "Nhân rộng từ". */
  models: readonly ModelRecord[];
  scope: MovementScope;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: ModelFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** A model: name, kind, host ward, start, status, the model it copies, founding decision and regulation. */
export function ModelForm({ initial, recordId, models, scope, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const m = t.models;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf } = useProblems(error);
  const set = <K extends keyof ModelFormValues>(key: K, value: ModelFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const labels: Record<string, string> = {
    name: m.name,
    kind: m.kind,
    hostWardId: m.ward,
    residentialGroup: m.residentialGroup,
    startDate: m.startDate,
    status: m.status,
    endDate: m.endDate,
    replicatedFrom: m.replicatedFrom,
    notes: t.movement.notes,
  };
  const describe = (path: string) => {
    const [head, field] = path.split('.');
    if (head === 'foundingDecision') return [m.decision, legalFieldLabel(field, t.plan)].filter(Boolean).join(' › ');
    if (head === 'regulation') return [m.regulation, field === 'chapters' ? m.chapters : field === 'articles' ? m.articles : undefined].filter(Boolean).join(' › ');
    return labels[head ?? ''];
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toModelFields(values);
    const blank = blankProblems({ ...values }, ['name', 'hostWardId', 'startDate'], t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(movementModelSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  const sources = possibleSources(models, recordId);
  return (
    <form onSubmit={submit} noValidate aria-label={recordId ? m.editTitle : m.newTitle}>
      <Stack gap="md">
        <TextInput label={m.name} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errorOf('name')} maxLength={300} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={m.kind}
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value as ModelFormValues['kind'])}
            data={modelKinds.map((k) => ({ value: k, label: t.labels.modelKind[k] }))}
            error={errorOf('kind')}
          />
          <WardField label={m.ward} scope={scope} value={values.hostWardId} onChange={(w) => set('hostWardId', w)} error={errorOf('hostWardId')} />
          <TextInput
            label={m.residentialGroup}
            description={t.common.optional}
            value={values.residentialGroup}
            onChange={(e) => set('residentialGroup', e.currentTarget.value)}
            error={errorOf('residentialGroup')}
            maxLength={200}
          />
          <DateField label={m.startDate} value={values.startDate} onChange={(d) => set('startDate', d)} error={errorOf('startDate')} w="100%" />
          <NativeSelect
            label={m.status}
            value={values.status}
            onChange={(e) => set('status', e.currentTarget.value as ModelFormValues['status'])}
            data={modelStatuses.map((s) => ({ value: s, label: t.labels.modelStatus[s] }))}
            error={errorOf('status')}
          />
          {values.status !== 'active' && (
            <DateField label={m.endDate} description={m.endDateHint} value={values.endDate} onChange={(d) => set('endDate', d)} error={errorOf('endDate')} w="100%" />
          )}
          <NativeSelect
            label={m.replicatedFrom}
            value={values.replicatedFrom}
            onChange={(e) => set('replicatedFrom', e.currentTarget.value)}
            data={[
              { value: '', label: m.original },
              ...(values.replicatedFrom && !sources.some((s) => s.recordId === values.replicatedFrom) ? [{ value: values.replicatedFrom, label: m.unknownSource }] : []),
              ...sources.map((s) => ({ value: s.recordId, label: m.optionOf(s.fields.name, scope.wardName(s.fields.hostWardId) ?? '') })),
            ]}
            error={errorOf('replicatedFrom')}
          />
        </SimpleGrid>
        <LegalReferenceFields legend={m.decision} value={values.decision} onChange={(d) => set('decision', d)} errorOf={(f) => errorOf(`foundingDecision.${f}`) ?? (f === 'number' ? errorOf('foundingDecision') : undefined)} />
        <Fieldset legend={m.regulation} variant="filled" p="sm" pt={4} radius="md">
          <SimpleGrid cols={2} spacing="sm" maw={420}>
            <NumberInput label={m.chapters} value={values.chapters} onChange={(v) => set('chapters', v === '' ? '' : Number(v))} allowDecimal={false} allowNegative={false} min={0} max={100} hideControls inputMode="numeric" error={errorOf('regulation.chapters')} />
            <NumberInput label={m.articles} value={values.articles} onChange={(v) => set('articles', v === '' ? '' : Number(v))} allowDecimal={false} allowNegative={false} min={0} max={1000} hideControls inputMode="numeric" error={errorOf('regulation.articles')} />
          </SimpleGrid>
        </Fieldset>
        <Textarea label={t.movement.notes} description={t.common.optional} autosize minRows={2} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errorOf('notes')} maxLength={4000} />
        <FormProblems local={local} error={error} describe={describe} onReload={onReload} />
        <FormButtons saveLabel={m.save} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

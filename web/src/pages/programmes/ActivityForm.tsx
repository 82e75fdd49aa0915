import { programmeActivitySchema, programmeSides, type ProgrammeSide } from '@antq/domain';
import { Checkbox, Input, NativeSelect, ScrollArea, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ActivityFieldsInput } from '../../api/types';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n';
import { FormButtons } from '../movement/shared/FormButtons';
import { FormProblems } from '../movement/shared/FormProblems';
import { problemsOf, useProblems } from '../movement/shared/problems';
import type { MovementScope } from '../movement/shared/useMovementScope';
import { type ActivityFormValues, type ActivityStatus, blankActivityProblems, toActivityFields } from './activityForm';

interface Props {
  initial: ActivityFormValues;
  editing: boolean;
  scope: MovementScope;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: ActivityFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

const statuses: ActivityStatus[] = ['planned', 'done', 'cancelled'];

/** A programme activity: what, which side leads it (and which member organisation), where, by when, done or not. */
export function ActivityForm({ initial, editing, scope, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf, firstUnder } = useProblems(error);
  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const labels: Record<string, string> = {
    title: p.activityTitle,
    responsibleSide: p.responsibleSide,
    memberOrganisation: p.memberOrganisation,
    wardIds: p.wards,
    dueDate: p.dueDate,
    status: p.status,
    doneOn: p.doneOn,
    result: p.result,
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toActivityFields(values);
    const blank = blankActivityProblems(values, t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(programmeActivitySchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? p.activityEdit : p.activityNew}>
      <Stack gap="md">
        <Textarea label={p.activityTitle} autosize minRows={1} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errorOf('title')} maxLength={500} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={p.responsibleSide}
            value={values.responsibleSide}
            onChange={(e) => set('responsibleSide', e.currentTarget.value as ProgrammeSide)}
            data={programmeSides.map((s) => ({ value: s, label: t.labels.programmeSide[s] }))}
            error={errorOf('responsibleSide')}
          />
          <TextInput
            label={p.memberOrganisation}
            description={t.common.optional}
            placeholder={p.memberOrganisationHint}
            value={values.memberOrganisation}
            onChange={(e) => set('memberOrganisation', e.currentTarget.value)}
            error={errorOf('memberOrganisation')}
            maxLength={300}
          />
          <DateField label={p.dueDate} value={values.dueDate} onChange={(d) => set('dueDate', d)} error={errorOf('dueDate')} w="100%" />
          <NativeSelect
            label={p.status}
            value={values.status}
            onChange={(e) => set('status', e.currentTarget.value as ActivityStatus)}
            data={statuses.map((s) => ({ value: s, label: t.labels.activityStatus[s] }))}
            error={errorOf('status')}
          />
          {values.status === 'done' && <DateField label={p.doneOn} value={values.doneOn} onChange={(d) => set('doneOn', d)} error={errorOf('doneOn')} w="100%" />}
        </SimpleGrid>
        <Input.Wrapper label={p.wards} description={p.wardsHint} error={firstUnder('wardIds')?.message}>
          <ScrollArea.Autosize mah={200} type="auto" mt={6}>
            <Checkbox.Group value={values.wardIds} onChange={(ids) => set('wardIds', ids)} aria-label={p.wards}>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} verticalSpacing={6}>
                {scope.wards.map((w) => (
                  <Checkbox key={w.wardId} value={w.wardId} label={w.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </ScrollArea.Autosize>
        </Input.Wrapper>
        <Textarea label={p.result} description={t.common.optional} autosize minRows={2} value={values.result} onChange={(e) => set('result', e.currentTarget.value)} error={errorOf('result')} maxLength={4000} />
        <FormProblems local={local} error={error} describe={(path) => labels[path.split('.')[0] ?? '']} onReload={onReload} />
        <FormButtons saveLabel={p.saveActivity} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

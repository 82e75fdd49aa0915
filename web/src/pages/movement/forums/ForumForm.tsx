import { citizenForumSchema } from '@antq/domain';
import { Alert, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ForumFieldsInput } from '../../../api/types';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { FormButtons } from '../shared/FormButtons';
import { FormProblems } from '../shared/FormProblems';
import { problemsOf, useProblems } from '../shared/problems';
import type { MovementScope } from '../shared/useMovementScope';
import { WardField } from '../shared/WardField';
import { blankForumProblems, type ForumFormValues, formCounts, toForumFields } from './forumForm';
import { OpinionsEditor } from './OpinionsEditor';

interface Props {
  initial: ForumFormValues;
  editing: boolean;
  scope: MovementScope;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: ForumFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** A citizen forum: ward, title, day, place, attendance and the opinions, with the computed counts. */
export function ForumForm({ initial, editing, scope, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const f = t.forums;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf } = useProblems(error);
  const set = <K extends keyof ForumFormValues>(key: K, value: ForumFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const opinionFields: Record<string, string> = { text: f.opinionText, handling: f.handling, acceptedOn: f.acceptedOn, remediedOn: f.remediedOn, answeredOn: f.answeredOn };
  const describe = (path: string) => {
    const [head, index, field] = path.split('.');
    if (head === 'opinions') return index === undefined ? f.opinions : [f.opinionItem(Number(index) + 1), opinionFields[field ?? '']].filter(Boolean).join(' › ');
    return ({ wardId: f.ward, title: f.title, date: f.date, place: f.place, attendance: f.attendance } as Record<string, string>)[head ?? ''];
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toForumFields(values);
    const blank = blankForumProblems(values, t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(citizenForumSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  const counts = formCounts(values);
  return (
    <form onSubmit={submit} noValidate aria-label={editing ? f.editTitle : f.newTitle}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <WardField label={f.ward} scope={scope} value={values.wardId} onChange={(w) => set('wardId', w)} error={errorOf('wardId')} />
          <TextInput label={f.title} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errorOf('title')} maxLength={300} />
          <DateField label={f.date} value={values.date} onChange={(d) => set('date', d)} error={errorOf('date')} w="100%" />
          <TextInput label={f.place} value={values.place} onChange={(e) => set('place', e.currentTarget.value)} error={errorOf('place')} maxLength={300} />
          <NumberInput
            label={f.attendance}
            value={values.attendance}
            onChange={(v) => set('attendance', v === '' ? '' : Number(v))}
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            allowNegative={false}
            min={0}
            max={100000}
            hideControls
            inputMode="numeric"
            error={errorOf('attendance')}
          />
        </SimpleGrid>
        <div>
          <Title order={3} fz="md">
            {f.opinions}
          </Title>
          <Text size="sm" c="dimmed">
            {f.opinionsIntro}
          </Text>
        </div>
        <OpinionsEditor rows={values.opinions} forumDate={values.date} onChange={(rows) => set('opinions', rows)} errorOf={errorOf} />
        <Alert color="blue" variant="light" role="status" aria-live="polite">
          <Text size="sm" fw={600}>
            {f.counts(counts.received, counts.resolved)}
          </Text>
          <Text size="xs">{f.resolvedNote}</Text>
        </Alert>
        <FormProblems local={local} error={error} describe={describe} onReload={onReload} />
        <FormButtons saveLabel={f.save} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

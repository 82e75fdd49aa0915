import { conferenceKinds, reviewConferenceSchema, reviewedYears } from '@antq/domain';
import { Checkbox, type ComboboxData, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ConferenceFieldsInput } from '../../../api/types';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { FormButtons } from '../shared/FormButtons';
import { FormProblems } from '../shared/FormProblems';
import { problemsOf, useProblems } from '../shared/problems';
import type { MovementScope } from '../shared/useMovementScope';
import { WardField } from '../shared/WardField';
import { blankConferenceProblems, type ConferenceFormValues, type ConferenceKind, type SubjectOption, toConferenceFields } from './conferenceForm';

interface Props {
  initial: ConferenceFormValues;
  editing: boolean;
  scope: MovementScope;
  subjects: { options: SubjectOption[]; data: ComboboxData };
  pending: boolean;
  error: unknown;
  onSubmit: (fields: ConferenceFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

const yearProps = { allowDecimal: false, allowNegative: false, min: 1945, max: 2100, hideControls: true, inputMode: 'numeric' as const, maxLength: 4 };

/**
 * A review conference (sơ kết, tổng kết) or festival day: kind, title, organiser (a ward, or the
 * district for coordinators), the period reviewed ("2013–2023 (10 năm)"), subject, day, participants.
 */
export function ConferenceForm({ initial, editing, scope, subjects, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const c = t.conferences;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf, firstUnder } = useProblems(error);
  const set = <K extends keyof ConferenceFormValues>(key: K, value: ConferenceFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const labels: Record<string, string> = {
    kind: c.kind,
    title: c.title,
    wardId: c.organiser,
    periodFromYear: c.fromYear,
    periodToYear: c.toYear,
    subject: c.subject,
    date: c.date,
    place: c.place,
    participants: c.participants,
    conclusions: c.conclusions,
  };
  const describe = (path: string) => labels[path.split('.')[0] ?? ''];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toConferenceFields(values, subjects.options.find((o) => o.value === values.subject));
    const blank = blankConferenceProblems(values, t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(reviewConferenceSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  // A festival day or a one-year review: the period follows the day's year until years are typed.
  const setDate = (date: string) =>
    setValues((v) => {
      const year = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : undefined;
      return year && v.periodFromYear === '' && v.periodToYear === '' ? { ...v, date, periodFromYear: year, periodToYear: year } : { ...v, date };
    });

  const { periodFromYear: from, periodToYear: to } = values;
  const periodKnown = from !== '' && to !== '' && to >= from;
  return (
    <form onSubmit={submit} noValidate aria-label={editing ? c.editTitle : c.newTitle}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={c.kind}
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value as ConferenceKind)}
            data={conferenceKinds.map((k) => ({ value: k, label: t.labels.conferenceKind[k] }))}
            error={errorOf('kind')}
          />
          <WardField label={c.organiser} scope={scope} value={values.wardId} onChange={(w) => set('wardId', w)} error={errorOf('wardId')} districtWide={c.districtWide} />
        </SimpleGrid>
        {values.kind !== 'festival' && (
          <Checkbox label={c.alsoFestival} description={c.alsoFestivalHint} checked={values.alsoFestival} onChange={(e) => set('alsoFestival', e.currentTarget.checked)} error={errorOf('alsoFestival')} />
        )}
        <TextInput label={c.title} placeholder={c.titleHint} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errorOf('title')} maxLength={500} />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <NumberInput label={c.fromYear} value={values.periodFromYear} onChange={(v) => set('periodFromYear', v === '' ? '' : Number(v))} error={errorOf('periodFromYear')} {...yearProps} />
          <NumberInput label={c.toYear} value={values.periodToYear} onChange={(v) => set('periodToYear', v === '' ? '' : Number(v))} error={errorOf('periodToYear')} {...yearProps} />
          <DateField label={c.date} value={values.date} onChange={setDate} error={errorOf('date')} w="100%" />
          <NumberInput
            label={c.participants}
            value={values.participants}
            onChange={(v) => set('participants', v === '' ? '' : Number(v))}
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            allowNegative={false}
            min={0}
            max={100000}
            hideControls
            inputMode="numeric"
            error={errorOf('participants')}
          />
        </SimpleGrid>
        {periodKnown && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {c.periodLine(from, to, reviewedYears({ periodFromYear: from, periodToYear: to }))}
          </Text>
        )}
        <NativeSelect label={c.subject} value={values.subject} onChange={(e) => set('subject', e.currentTarget.value)} data={subjects.data} error={firstUnder('subject')?.message} />
        <TextInput label={c.place} description={t.common.optional} value={values.place} onChange={(e) => set('place', e.currentTarget.value)} error={errorOf('place')} maxLength={300} />
        <Textarea label={c.conclusions} description={t.common.optional} autosize minRows={2} value={values.conclusions} onChange={(e) => set('conclusions', e.currentTarget.value)} error={errorOf('conclusions')} maxLength={10000} />
        <FormProblems local={local} error={error} describe={describe} onReload={onReload} />
        <FormButtons saveLabel={c.save} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

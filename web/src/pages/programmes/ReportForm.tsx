import { programmeReportSchema, programmeSides, type ProgrammeSide } from '@antq/domain';
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ReportFieldsInput } from '../../api/types';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n';
import { FormButtons } from '../movement/shared/FormButtons';
import { FormProblems } from '../movement/shared/FormProblems';
import { problemsOf, useProblems } from '../movement/shared/problems';
import { blankReportProblems, type ReportFormValues, toReportFields } from './reportForm';

interface Props {
  initial: ReportFormValues;
  editing: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: ReportFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** A joint report: which side reports, for which period, on which day, its number, what it says. */
export function ReportForm({ initial, editing, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf } = useProblems(error);
  const set = <K extends keyof ReportFormValues>(key: K, value: ReportFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const labels: Record<string, string> = { side: p.reportSide, periodLabel: p.periodLabel, date: p.reportDate, documentNumber: p.reportNumber, summary: p.summary };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toReportFields(values);
    const blank = blankReportProblems(values, t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(programmeReportSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? p.reportEdit : p.reportNew}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={p.reportSide}
            value={values.side}
            onChange={(e) => set('side', e.currentTarget.value as ProgrammeSide)}
            data={programmeSides.map((s) => ({ value: s, label: t.labels.programmeSide[s] }))}
            error={errorOf('side')}
          />
          <TextInput label={p.periodLabel} placeholder={p.periodLabelHint} value={values.periodLabel} onChange={(e) => set('periodLabel', e.currentTarget.value)} error={errorOf('periodLabel')} maxLength={100} />
          <DateField label={p.reportDate} value={values.date} onChange={(d) => set('date', d)} error={errorOf('date')} w="100%" />
          <TextInput
            label={p.reportNumber}
            description={t.common.optional}
            value={values.documentNumber}
            onChange={(e) => set('documentNumber', e.currentTarget.value)}
            error={errorOf('documentNumber')}
            maxLength={100}
            spellCheck={false}
          />
        </SimpleGrid>
        <Textarea label={p.summary} autosize minRows={3} value={values.summary} onChange={(e) => set('summary', e.currentTarget.value)} error={errorOf('summary')} maxLength={10000} />
        <FormProblems local={local} error={error} describe={(path) => labels[path.split('.')[0] ?? '']} onReload={onReload} />
        <FormButtons saveLabel={p.saveReport} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

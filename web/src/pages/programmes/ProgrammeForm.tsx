import { programmeSchema } from '@antq/domain';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ProgrammeFieldsInput } from '../../api/types';
import { useI18n } from '../../i18n';
import { FormProblems } from '../movement/shared/FormProblems';
import { legalFieldLabel } from '../movement/shared/legalReference';
import { LegalReferenceFields } from '../movement/shared/LegalReferenceFields';
import { problemsOf, useProblems } from '../movement/shared/problems';
import { PartiesEditor } from './PartiesEditor';
import { blankProgrammeProblems, type ProgrammeFormValues, toProgrammeFields } from './programmeForm';

interface Props {
  initial: ProgrammeFormValues;
  editing: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: ProgrammeFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

const yearProps = { allowDecimal: false, allowNegative: false, min: 1945, max: 2100, hideControls: true, inputMode: 'numeric' as const, maxLength: 4 };

/** A joint programme: number verbatim, title, parties, national period, the programme it renews, the district's plan. */
export function ProgrammeForm({ initial, editing, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf, firstUnder } = useProblems(error);
  const set = <K extends keyof ProgrammeFormValues>(key: K, value: ProgrammeFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const describe = (path: string) => {
    const [head, index, field] = path.split('.');
    if (head === 'parties') return index === undefined ? p.parties : [p.partyItem(Number(index) + 1), field === 'side' ? p.side : field === 'name' ? p.partyName : undefined].filter(Boolean).join(' › ');
    if (head === 'districtPlan') return [p.districtPlan, legalFieldLabel(index, t.plan)].filter(Boolean).join(' › ');
    return (
      { documentNumber: p.documentNumber, title: p.name, nationalFromYear: p.fromYear, nationalToYear: p.toYear, renewalOf: p.renewalOf, notes: p.notes } as Record<string, string>
    )[head ?? ''];
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toProgrammeFields(values);
    const blank = blankProgrammeProblems(values, t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(programmeSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  const partiesProblem = firstUnder('parties');
  return (
    <form onSubmit={submit} noValidate aria-label={editing ? p.editTitle : p.newTitle}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={p.documentNumber}
            placeholder={p.documentNumberHint}
            value={values.documentNumber}
            onChange={(e) => set('documentNumber', e.currentTarget.value)}
            error={errorOf('documentNumber')}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
          />
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={p.fromYear} value={values.nationalFromYear} onChange={(v) => set('nationalFromYear', v === '' ? '' : Number(v))} error={errorOf('nationalFromYear')} {...yearProps} />
            <NumberInput label={p.toYear} value={values.nationalToYear} onChange={(v) => set('nationalToYear', v === '' ? '' : Number(v))} error={errorOf('nationalToYear')} {...yearProps} />
          </SimpleGrid>
        </SimpleGrid>
        <Textarea label={p.name} autosize minRows={1} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={errorOf('title')} maxLength={500} />
        <div>
          <Title order={3} fz="md">
            {p.parties}
          </Title>
          <Text size="sm" c={partiesProblem?.path === 'parties' ? 'var(--mantine-color-error)' : 'dimmed'}>
            {partiesProblem?.path === 'parties' ? partiesProblem.message : p.partiesHint}
          </Text>
        </div>
        <PartiesEditor rows={values.parties} onChange={(rows) => set('parties', rows)} errorOf={errorOf} />
        <TextInput label={p.renewalOf} description={`${p.renewalHint} (${t.common.optional})`} value={values.renewalOf} onChange={(e) => set('renewalOf', e.currentTarget.value)} error={errorOf('renewalOf')} maxLength={100} spellCheck={false} />
        <LegalReferenceFields legend={p.districtPlan} value={values.districtPlan} onChange={(d) => set('districtPlan', d)} errorOf={(f) => errorOf(`districtPlan.${f}`)} />
        <Textarea label={p.notes} description={t.common.optional} autosize minRows={2} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errorOf('notes')} maxLength={4000} />
        <FormProblems local={local} error={error} describe={describe} onReload={onReload} />
        <Group>
          <Button type="submit" loading={pending}>
            {t.common.save}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

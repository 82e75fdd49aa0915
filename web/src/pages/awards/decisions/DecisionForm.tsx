import { type AuthorityLevel, authorityLevels, type DecisionFields, decisionFieldsSchema } from '@antq/domain';
import { NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { FormButtons } from '../../movement/shared/FormButtons';
import { FormProblems } from '../../movement/shared/FormProblems';
import { blankProblems, problemsOf, useProblems } from '../../movement/shared/problems';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import type { AwardFormOutput, NominationOutput } from '../types';
import { chosenLines, type DecisionFormValues, splitLineProblems, toDecisionFields } from './decisionForm';
import { DecisionLinesPicker } from './DecisionLinesPicker';

interface Props {
  initial: DecisionFormValues;
  accepted: readonly NominationOutput[];
  forms: readonly AwardFormOutput[];
  scope: MovementScope;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: DecisionFields) => void;
  onCancel: () => void;
}

/**
 * A decision: who issues it and at which level, its number (kept as typed), date, place and signer,
 * and the accepted nominations it awards, each with its form. The API checks the rules (a form
 * outside its dates or issued by another level, one achievement rewarded twice) and its answer is
 * shown on the lines it is about.
 */
export function DecisionForm({ initial, accepted, forms, scope, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const [values, setValues] = useState(initial);
  // The nominations in the order last sent: the API's "lines.2" is the third of these.
  const [sent, setSent] = useState<string[]>([]);
  const { problems, local, setLocal, errorOf } = useProblems(error);
  const set = <K extends keyof DecisionFormValues>(key: K, value: DecisionFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const { byNomination } = splitLineProblems(problems, sent);

  const labels: Record<string, string> = {
    authorityLevel: a.authorityLevel,
    issuingBody: a.issuingBody,
    number: a.number,
    date: a.date,
    place: a.place,
    'signer.name': a.signerName,
    'signer.title': a.signerTitle,
    lines: a.lines,
  };
  const describe = (path: string) => {
    const line = /^lines\.(\d+)/.exec(path);
    const id = line ? sent[Number(line[1])] : undefined;
    const name = accepted.find((n) => n.nominationId === id)?.fields.recipient.name;
    return name ?? labels[path];
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const lines = chosenLines(values, accepted);
    const fields = toDecisionFields(values, lines);
    const blank = blankProblems({ ...values }, ['issuingBody', 'number', 'date', 'place', 'signerName', 'signerTitle'], a.required);
    const renamed = Object.fromEntries(Object.entries(blank).map(([k, m]) => [k === 'signerName' ? 'signer.name' : k === 'signerTitle' ? 'signer.title' : k, m]));
    if (lines.length === 0) renamed.lines = [a.pickSome];
    const found = Object.keys(renamed).length > 0 ? renamed : problemsOf(decisionFieldsSchema, fields);
    setLocal(found);
    if (Object.keys(found).length > 0) return;
    setSent(lines.map((l) => l.nominationId));
    onSubmit(fields);
  }

  const chosen = chosenLines(values, accepted).length;
  return (
    <form onSubmit={submit} noValidate aria-label={a.decisionNew}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <NativeSelect
            label={a.authorityLevel}
            value={values.authorityLevel}
            onChange={(e) => set('authorityLevel', e.currentTarget.value as AuthorityLevel)}
            data={authorityLevels.map((l) => ({ value: l, label: a.level[l] }))}
            error={errorOf('authorityLevel')}
          />
          <TextInput label={a.issuingBody} value={values.issuingBody} onChange={(e) => set('issuingBody', e.currentTarget.value)} error={errorOf('issuingBody')} maxLength={300} />
          <TextInput label={a.number} description={a.numberHint} value={values.number} onChange={(e) => set('number', e.currentTarget.value)} error={errorOf('number')} maxLength={100} />
          <DateField label={a.date} value={values.date} onChange={(d) => set('date', d)} error={errorOf('date')} w="100%" />
          <TextInput label={a.place} description={a.placeHint} value={values.place} onChange={(e) => set('place', e.currentTarget.value)} error={errorOf('place')} maxLength={100} />
          <TextInput label={a.signerName} value={values.signerName} onChange={(e) => set('signerName', e.currentTarget.value)} error={errorOf('signer.name')} maxLength={200} />
          <TextInput label={a.signerTitle} value={values.signerTitle} onChange={(e) => set('signerTitle', e.currentTarget.value)} error={errorOf('signer.title')} maxLength={200} />
        </SimpleGrid>
        <div>
          <Text fw={600}>{a.lines}</Text>
          <Text size="sm" c="dimmed">
            {a.linesHint}
          </Text>
          <Text size="sm" aria-live="polite">
            {a.chosen(chosen)}
          </Text>
        </div>
        <DecisionLinesPicker
          accepted={accepted}
          lines={values.lines}
          onChange={(id, choice) => setValues((v) => ({ ...v, lines: { ...v.lines, [id]: choice } }))}
          forms={forms}
          scope={scope}
          problems={byNomination}
        />
        <FormProblems local={local} error={error} describe={describe} />
        <FormButtons saveLabel={a.saveDecision} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

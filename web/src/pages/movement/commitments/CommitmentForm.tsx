import { commitmentSigningSchema } from '@antq/domain';
import { Alert, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { CommitmentFieldsInput } from '../../../api/types';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { FormButtons } from '../shared/FormButtons';
import { FormProblems } from '../shared/FormProblems';
import { problemsOf, useProblems } from '../shared/problems';
import type { MovementScope } from '../shared/useMovementScope';
import { WardField } from '../shared/WardField';
import { blankCommitmentProblems, type CommitmentFormValues, contentLines, signatoryTotal, toCommitmentFields } from './commitmentForm';
import { SignatoriesEditor } from './SignatoriesEditor';

interface Props {
  initial: CommitmentFormValues;
  editing: boolean;
  scope: MovementScope;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: CommitmentFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** A commitment signing: the ward, the day, the contents (one per line), who signed and how many. */
export function CommitmentForm({ initial, editing, scope, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const c = t.commitments;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf, firstUnder } = useProblems(error);
  const set = <K extends keyof CommitmentFormValues>(key: K, value: CommitmentFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const describe = (path: string) => {
    const [head, index, field] = path.split('.');
    if (head === 'contents') return index === undefined ? c.contents : `${c.contents} › ${c.contentItem(Number(index) + 1)}`;
    if (head === 'signatories') {
      if (index === undefined) return c.signatories;
      return [c.signatoryItem(Number(index) + 1), field === 'kind' ? c.signatoryKind : field === 'count' ? c.count : undefined].filter(Boolean).join(' › ');
    }
    return ({ wardId: c.ward, date: c.date, notes: t.movement.notes } as Record<string, string>)[head ?? ''];
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = toCommitmentFields(values);
    const blank = blankCommitmentProblems(values, t.movement.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(commitmentSigningSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  const contentsProblem = firstUnder('contents');
  const lines = contentLines(values.contents);
  return (
    <form onSubmit={submit} noValidate aria-label={editing ? c.editTitle : c.newTitle}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <WardField label={c.ward} scope={scope} value={values.wardId} onChange={(w) => set('wardId', w)} error={errorOf('wardId')} />
          <DateField label={c.date} value={values.date} onChange={(d) => set('date', d)} error={errorOf('date')} w="100%" />
        </SimpleGrid>
        <Textarea
          label={c.contents}
          description={c.contentsHint}
          autosize
          minRows={3}
          value={values.contents}
          onChange={(e) => set('contents', e.currentTarget.value)}
          error={contentsProblem && (contentsProblem.path === 'contents' ? contentsProblem.message : `${describe(contentsProblem.path)}: ${contentsProblem.message}`)}
        />
        <Title order={3} fz="md">
          {c.signatories}
        </Title>
        {firstUnder('signatories')?.path === 'signatories' && (
          <Text size="sm" c="var(--mantine-color-error)">
            {errorOf('signatories')}
          </Text>
        )}
        <SignatoriesEditor rows={values.signatories} onChange={(rows) => set('signatories', rows)} errorOf={errorOf} />
        <Alert color="blue" variant="light" role="status">
          {c.summary(lines.length, signatoryTotal(values.signatories))}
        </Alert>
        <Textarea label={t.movement.notes} description={t.common.optional} autosize minRows={2} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={errorOf('notes')} maxLength={4000} />
        <FormProblems local={local} error={error} describe={describe} onReload={onReload} />
        <FormButtons saveLabel={c.save} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

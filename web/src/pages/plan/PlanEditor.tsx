import { describeIssues, planContentSchema, planSubmitProblems, type Criterion } from '@antq/domain';
import { localizeFieldErrors } from '../../i18n/fieldMessages';
import { Alert, Button, Group, List, Paper, ScrollArea, Stack, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { errorCodeOf, fieldErrorsOf } from '../../api/errors';
import { MutationError } from '../../components/MutationError';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { ActivitiesEditor } from './editor/ActivitiesEditor';
import { BudgetEditor } from './editor/BudgetEditor';
import { LegalReferencesEditor } from './editor/LegalReferencesEditor';
import { SteeringEditor } from './editor/SteeringEditor';
import { TargetsEditor } from './editor/TargetsEditor';
import { describeField } from './planErrors';
import { fieldIdOf, type PlanDraft, type PlanFormState, toDraft } from './planForm';

export type PlanContentInput = PlanDraft['content'];

interface Props {
  initial: PlanFormState;
  criteria: readonly Criterion[];
  pending: 'save' | 'submit' | undefined;
  error: unknown;
  notice?: ReactNode;
  /** Without it there is no draft to save (a coordinator entering a paper plan sends it at once). */
  onSave?: (content: PlanContentInput) => void;
  onSubmit: (content: PlanContentInput) => void;
  onReload: () => void;
  /** The send button's text, "Gửi kế hoạch" unless told. */
  submitLabel?: string;
}

type Problems = Record<string, string[]>;

/**
 * The ward plan's form. The shared schema checks it before sending (the API checks again); every
 * message, the browser's or the API's, is shown under its field and listed above the buttons.
 */
export function PlanEditor({ initial, criteria, pending, error, notice, onSave, onSubmit, onReload, submitLabel }: Props) {
  const { t } = useI18n();
  const p = t.plan;
  const [state, setState] = useState(initial);
  const [rows, setRows] = useState<PlanDraft['rows']>(() => toDraft(initial).rows);
  const [local, setLocal] = useState<Problems>({});
  const set = <K extends keyof PlanFormState>(key: K) => (value: PlanFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const serverProblems = errorCodeOf(error) === 'BAD_REQUEST' ? fieldErrorsOf(error) : {};
  const problems: Problems = Object.keys(local).length > 0 ? local : serverProblems;
  const byField = new Map<string, string>();
  for (const [path, messages] of Object.entries(problems)) {
    const id = fieldIdOf(path, rows);
    if (!byField.has(id) && messages[0]) byField.set(id, messages[0]);
  }
  const errorOf = (fieldId: string) => byField.get(fieldId);

  function check(forSubmit: boolean): PlanContentInput | undefined {
    const draft = toDraft(state);
    setRows(draft.rows);
    const parsed = planContentSchema.safeParse(draft.content);
    const found: Problems = {};
    if (!parsed.success) {
      for (const [path, messages] of Object.entries(localizeFieldErrors(describeIssues(parsed.error).fieldErrors))) found[`content.${path}`] = messages;
    } else if (forSubmit) {
      for (const problem of planSubmitProblems(parsed.data)) (found[problem.path] ??= []).push(problem.message);
    }
    setLocal(found);
    return Object.keys(found).length === 0 ? draft.content : undefined;
  }

  const listed = Object.entries(problems).flatMap(([path, messages]) => messages.map((m) => ({ where: describeField(fieldIdOf(path, rows), state, t), message: m })));

  return (
    <form
      noValidate
      aria-label={p.title}
      onSubmit={(e) => {
        e.preventDefault();
        const content = check(true);
        if (content) onSubmit(content);
      }}
    >
      <Stack gap="lg">
        <Section title={p.legalTitle} description={p.legalIntro}>
          <LegalReferencesEditor rows={state.legalReferences} onChange={set('legalReferences')} errorOf={errorOf} />
        </Section>
        <Section title={p.steeringTitle}>
          <SteeringEditor value={state.steering} onChange={set('steering')} errorOf={errorOf} />
        </Section>
        <Section title={p.activitiesTitle}>
          <ActivitiesEditor rows={state.activities} onChange={set('activities')} errorOf={errorOf} />
        </Section>
        <Section title={p.budgetTitle}>
          <BudgetEditor value={state.budget} onChange={set('budget')} errorOf={errorOf} />
        </Section>
        <Section title={p.targetsTitle} description={p.targetsIntro}>
          <TargetsEditor rows={state.targets} criteria={criteria} onChange={set('targets')} errorOf={errorOf} />
        </Section>
        <Section title={p.notesTitle}>
          <Textarea label={p.notes} autosize minRows={2} value={state.notes} onChange={(e) => set('notes')(e.currentTarget.value)} error={errorOf('notes')} maxLength={5000} />
        </Section>
        <Paper withBorder p="md" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
          <Stack gap="sm">
            {listed.length > 0 && (
              <Alert color="red" variant="light" role="alert" title={t.common.fieldProblems}>
                <ScrollArea.Autosize mah={140} type="auto" viewportProps={{ tabIndex: 0 }}>
                  <List size="sm" spacing={2}>
                    {listed.map((item, i) => (
                      <List.Item key={i}>
                        {item.where}: {item.message}
                      </List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
              </Alert>
            )}
            {errorCodeOf(error) !== 'BAD_REQUEST' && <MutationError error={error} onReload={onReload} />}
            {notice}
            <Group>
              {onSave && (
                <Button
                  variant="default"
                  loading={pending === 'save'}
                  disabled={pending === 'submit'}
                  onClick={() => {
                    const content = check(false);
                    if (content) onSave(content);
                  }}
                >
                  {p.saveDraft}
                </Button>
              )}
              <Button type="submit" loading={pending === 'submit'} disabled={pending === 'save'}>
                {submitLabel ?? p.submit}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

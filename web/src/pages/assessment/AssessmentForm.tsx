import { allCriteria, type AssessmentEntry, type CatalogueContent, scoreOf } from '@antq/domain';
import { Alert, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { errorCodeOf, fieldErrorsOf } from '../../api/errors';
import { MutationError } from '../../components/MutationError';
import { Section } from '../../components/Section';
import { formatScore } from '../../format';
import { useI18n } from '../../i18n';
import { AssessmentXlsx } from './AssessmentXlsx';
import { CriterionRow } from './CriterionRow';
import { type Answer, type Answers, evidenceWithoutValue, toAnswers, toEntries, valuesOf } from './values';

interface Props {
  content: CatalogueContent;
  initial: readonly AssessmentEntry[];
  fileTitle: string;
  pending: 'save' | 'submit' | undefined;
  error: unknown;
  notice?: ReactNode;
  /** Without it there is no draft to save (a coordinator entering a paper self-assessment sends it at once). */
  onSave?: (entries: AssessmentEntry[]) => void;
  onSubmit: (entries: AssessmentEntry[]) => void;
  onReload: () => void;
  /** The send button's text, "Gửi tự đánh giá" unless told. */
  submitLabel?: string;
}

/** The ward's self-assessment form: one row per criterion by group, a running score, save and send. */
export function AssessmentForm({ content, initial, fileTitle, pending, error, notice, onSave, onSubmit, onReload, submitLabel }: Props) {
  const { t } = useI18n();
  const criteria = useMemo(() => allCriteria(content), [content]);
  const [answers, setAnswers] = useState<Answers>(() => toAnswers(initial));
  const [local, setLocal] = useState<Record<string, string>>({});
  const change = useCallback((code: string, answer: Answer) => setAnswers((a) => ({ ...a, [code]: answer })), []);
  const score = scoreOf(content, valuesOf(answers));

  // The API names entries by their index in what was sent ("entries.3.value"): map back to codes.
  const sent = toEntries(answers, criteria);
  const server = errorCodeOf(error) === 'BAD_REQUEST' ? fieldErrorsOf(error) : {};
  const serverByCode: Record<string, string> = {};
  const general: string[] = [];
  for (const [path, messages] of Object.entries(server)) {
    const index = /^entries\.(\d+)/.exec(path)?.[1];
    const code = index === undefined ? undefined : sent[Number(index)]?.criterionCode;
    if (code && messages[0]) serverByCode[code] ??= messages[0];
    else general.push(...messages);
  }
  const errorOf = (code: string) => local[code] ?? serverByCode[code];

  function check(complete: boolean): AssessmentEntry[] | undefined {
    const problems: Record<string, string> = {};
    for (const code of evidenceWithoutValue(answers, criteria)) problems[code] = t.assessment.notAnswered;
    if (complete) for (const c of criteria) if (!answers[c.code]?.value) problems[c.code] = t.assessment.notAnswered;
    setLocal(problems);
    return Object.keys(problems).length === 0 ? toEntries(answers, criteria) : undefined;
  }
  const missing = Object.keys(local);

  return (
    <form
      noValidate
      aria-label={t.assessment.title}
      onSubmit={(e) => {
        e.preventDefault();
        const entries = check(true);
        if (entries) onSubmit(entries);
      }}
    >
      <Stack gap="lg">
        <Section title={t.assessment.excelTitle}>
          <AssessmentXlsx
            content={content}
            fileTitle={fileTitle}
            onImported={(entries) => {
              setAnswers((a) => ({ ...a, ...toAnswers(entries) }));
              setLocal({});
            }}
          />
        </Section>
        {content.groups.map((group) => (
          <Section key={group.code} title={t.criteria.groupTable(group.code, group.title)}>
            {group.criteria.map((c) => (
              <CriterionRow key={c.code} criterion={c} answer={answers[c.code]} onChange={change} error={errorOf(c.code)} />
            ))}
          </Section>
        ))}
        <Paper withBorder p="md" pos="sticky" bottom={0} style={{ zIndex: 5 }} shadow="sm">
          <Stack gap="sm">
            {(missing.length > 0 || general.length > 0) && (
              <Alert color="red" variant="light" role="alert" title={t.common.fieldProblems}>
                <List size="sm">
                  {missing.length > 0 && <List.Item>{t.assessment.missing(missing.join(', '))}</List.Item>}
                  {general.map((m, i) => (
                    <List.Item key={i}>{m}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {errorCodeOf(error) !== 'BAD_REQUEST' && <MutationError error={error} onReload={onReload} />}
            {notice}
            <Group justify="space-between" align="center">
              <Group gap="lg">
                <div>
                  <Text size="xs" c="dimmed">
                    {t.assessment.selfScore}
                  </Text>
                  <Text fz="xl" fw={700}>
                    {formatScore(score.value, score.max)}
                  </Text>
                </div>
                <Text size="sm" c="dimmed">
                  {t.assessment.answered(score.answered, score.total)}
                </Text>
              </Group>
              <Group>
                {onSave && (
                  <Button
                    variant="default"
                    loading={pending === 'save'}
                    disabled={pending === 'submit'}
                    onClick={() => {
                      const entries = check(false);
                      if (entries) onSave(entries);
                    }}
                  >
                    {t.assessment.saveDraft}
                  </Button>
                )}
                <Button type="submit" loading={pending === 'submit'} disabled={pending === 'save'}>
                  {submitLabel ?? t.assessment.submit}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </form>
  );
}

import type { Criterion, CriterionValue } from '@antq/domain';
import { Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { ToneBadge } from '../../components/ToneBadge';
import type { Tone } from '../../components/tones';
import { memo, type ReactNode, useId } from 'react';
import { useI18n } from '../../i18n';
import type { Answer } from './values';
import { valueLabel } from './values';
import { ValueInput } from './ValueInput';

/** Green when met, yellow when partly, red when not, grey when not scored. */
function toneOf(criterion: Criterion, value: CriterionValue | undefined): Tone {
  if (!value) return 'gray';
  if ('status' in value) return value.status === 'met' ? 'green' : value.status === 'largely_met' ? 'yellow' : 'red';
  const max = criterion.scoring.kind === 'points' ? criterion.scoring.max : 1;
  return value.points >= max ? 'green' : value.points > 0 ? 'yellow' : 'red';
}

interface Props {
  criterion: Criterion;
  answer: Answer | undefined;
  /** Absent: the row is read-only. */
  onChange?: (code: string, answer: Answer) => void;
  error?: string;
  /** The district's verification (or its controls), under the ward's answer. */
  footer?: ReactNode;
}

/** One criterion: its text and evidence hint, the result (Đạt… or points) and the evidence note. */
export const CriterionRow = memo(function CriterionRow({ criterion, answer, onChange, error, footer }: Props) {
  const { t } = useI18n();
  const id = useId();
  const value = answer?.value;
  const set = (change: Partial<Answer>) => onChange?.(criterion.code, { evidence: answer?.evidence ?? '', value, ...change });
  return (
    <Paper role="group" aria-labelledby={`${id}-code`} withBorder p="sm" radius="md" bg={error ? 'red.0' : undefined}>
      <Stack gap="xs">
        <div>
          <Text span fw={700} id={`${id}-code`}>
            {t.assessment.criterion(criterion.code)}
          </Text>
          <Text size="sm">{criterion.text}</Text>
          {criterion.evidenceHint && (
            <Text size="xs" c="dimmed">
              {t.assessment.evidenceHint(criterion.evidenceHint)}
            </Text>
          )}
        </div>
        {onChange ? (
          <Group align="flex-start" gap="md" wrap="wrap">
            <ValueInput
              criterion={criterion}
              value={value}
              onChange={(v: CriterionValue | undefined) => set({ value: v })}
              label={t.assessment.result(criterion.code)}
              error={error}
            />
            <Textarea
              label={t.assessment.evidence}
              aria-label={`${t.assessment.evidence} — ${t.assessment.criterion(criterion.code)}`}
              autosize
              minRows={1}
              maxRows={6}
              maxLength={4000}
              value={answer?.evidence ?? ''}
              onChange={(e) => set({ evidence: e.currentTarget.value })}
              style={{ flex: 1, minWidth: 260 }}
            />
          </Group>
        ) : (
          <Group gap="sm" align="flex-start">
            <ToneBadge tone={toneOf(criterion, value)} style={{ flexShrink: 0 }}>
              {valueLabel(value, criterion, t)}
            </ToneBadge>
            <Text size="sm" c={answer?.evidence ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line' }}>
              {answer?.evidence || '—'}
            </Text>
          </Group>
        )}
        {footer}
      </Stack>
    </Paper>
  );
});

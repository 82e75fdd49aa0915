import type { Criterion, CriterionValue } from '@antq/domain';
import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { fieldErrorsOf } from '../../api/errors';
import { MutationError } from '../../components/MutationError';
import { useI18n } from '../../i18n';
import { toneText } from '../../components/tones';
import { ValueInput } from '../assessment/ValueInput';

export interface VerifyRequest {
  criterionCode: string;
  decision: 'accept' | 'adjust';
  value?: CriterionValue;
  note?: string;
}

interface Props {
  criterion: Criterion;
  selfValue: CriterionValue | undefined;
  /** Already verified: the controls stay (a verdict can be changed) but step back. */
  verified: boolean;
  pending: boolean;
  /** Another criterion is being verified: wait for it (each verification moves the version on). */
  busy: boolean;
  error: unknown;
  onVerify: (request: VerifyRequest, done: () => void) => void;
  onReload: () => void;
}

/** "Chấp nhận" the ward's result, or "Điều chỉnh" it: another result and a note saying why. */
export function VerifyControls({ criterion, selfValue, verified, pending, busy, error, onVerify, onReload }: Props) {
  const { t } = useI18n();
  const [adjusting, setAdjusting] = useState(false);
  const [value, setValue] = useState<CriterionValue | undefined>(selfValue);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ value?: string; note?: string }>({});
  const server = fieldErrorsOf(error);

  function saveAdjustment() {
    const found = { ...(!value && { value: t.assessment.notAnswered }), ...(!note.trim() && { note: t.assessment.adjustNoteRequired }) };
    setProblems(found);
    if (found.value || found.note) return;
    onVerify({ criterionCode: criterion.code, decision: 'adjust', value, note: note.trim() }, () => setAdjusting(false));
  }

  return (
    <Stack gap="xs">
      {!adjusting ? (
        <Group gap="xs">
          <Button size="xs" variant={verified ? 'outline' : 'filled'} color={toneText.green} loading={pending} disabled={!selfValue || busy} onClick={() => onVerify({ criterionCode: criterion.code, decision: 'accept' }, () => undefined)}>
            {t.assessment.accept}
          </Button>
          <Button size="xs" variant="light" color={toneText.orange} disabled={pending || busy || !selfValue} onClick={() => setAdjusting(true)}>
            {t.assessment.adjust}
          </Button>
        </Group>
      ) : (
        <Paper withBorder p="sm" bg="orange.0">
          <Stack gap="xs">
            <ValueInput
              criterion={criterion}
              value={value}
              onChange={setValue}
              label={t.assessment.adjustedValue}
              error={problems.value ?? server.value?.[0]}
            />
            <Textarea
              label={t.assessment.adjustNote}
              required
              withAsterisk={false}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={problems.note ?? server.note?.[0]}
            />
            <Group gap="xs">
              <Button size="xs" color={toneText.orange} loading={pending} disabled={busy} onClick={saveAdjustment}>
                {t.assessment.saveAdjust}
              </Button>
              <Button size="xs" variant="default" disabled={pending} onClick={() => setAdjusting(false)}>
                {t.common.cancel}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {!server.value && !server.note && <MutationError error={error} onReload={onReload} />}
    </Stack>
  );
}

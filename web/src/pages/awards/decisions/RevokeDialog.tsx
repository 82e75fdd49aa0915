import { Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateField } from '../../../components/DateField';
import { MutationError } from '../../../components/MutationError';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { useInvalidateAwards } from '../shared/useInvalidateAwards';
import type { DecisionLineOutput, DecisionOutput } from '../types';

interface Props {
  decision: DecisionOutput;
  line: DecisionLineOutput;
  formName: string;
  onDone: (message: string) => void;
  onClose: () => void;
}

/**
 * Revokes one line by a revoking decision (number, date, issuing body, reason). The decision keeps
 * the line with that decision; the tallies and the rule marks let go of it, so the achievement may
 * be nominated again.
 */
export function RevokeDialog({ decision, line, formName, onDone, onClose }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const invalidate = useInvalidateAwards();
  const revoke = useIntent(useMutation(trpc.awards.decisions.revoke.mutationOptions()));
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [issuingBody, setIssuingBody] = useState(decision.fields.issuingBody);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = (v: string) => (tried && !v.trim() ? a.required : undefined);
  const dateProblem = tried && !/^\d{4}-\d{2}-\d{2}$/.test(date) ? (date ? t.common.invalidDate : a.required) : undefined;

  const confirm = () => {
    setTried(true);
    if (!number.trim() || !issuingBody.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    revoke.run(
      {
        decisionId: decision.decisionId,
        outcomeId: line.outcomeId,
        revokedBy: { number, date, issuingBody, ...(reason.trim() && { reason }) },
        expectedVersion: decision.version,
      },
      {
        onSuccess: async () => {
          await invalidate();
          onDone(a.revoked);
          onClose();
        },
      },
    );
  };
  return (
    <ConfirmDialog opened title={a.revokeTitle} text={a.revokeText(line.recipient.name, formName)} confirmLabel={a.revoke} confirmColor={toneText.red} loading={revoke.isPending} onConfirm={confirm} onClose={onClose}>
      <Stack gap="sm">
        <TextInput label={a.revokeNumber} description={a.numberHint} value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={missing(number)} maxLength={100} data-autofocus />
        <DateField label={a.revokeDate} value={date} onChange={setDate} error={dateProblem} />
        <TextInput label={a.issuingBody} value={issuingBody} onChange={(e) => setIssuingBody(e.currentTarget.value)} error={missing(issuingBody)} maxLength={300} />
        <Textarea label={a.revokeReason} description={t.common.optional} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={2000} />
        <MutationError error={revoke.error} onReload={() => void invalidate().then(onClose)} />
      </Stack>
    </ConfirmDialog>
  );
}

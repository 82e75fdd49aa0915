import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorsOf } from '../../../api/errors';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { MutationError } from '../../../components/MutationError';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { useInvalidateAwards } from '../shared/useInvalidateAwards';
import type { NominationOutput } from '../types';
import type { NominationAction } from './NominationActions';

interface Props {
  nomination: NominationOutput;
  action: NominationAction;
  onDone: (message: string) => void;
  onClose: () => void;
}

/**
 * Asks before sending, accepting or returning a nomination; a return needs its reason, which the
 * nominating ward reads as written. The version seen goes along, so a nomination changed meanwhile
 * is not acted on blindly.
 */
export function ActDialog({ nomination, action, onDone, onClose }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const invalidate = useInvalidateAwards();
  const act = useIntent(useMutation(trpc.awards.nominations.act.mutationOptions()));
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const name = nomination.fields.recipient.name;
  const text = { submit: a.submitText, accept: a.acceptText, return: a.returnText }[action](name);
  const title = { submit: a.submitTitle, accept: a.acceptTitle, return: a.returnTitle }[action];
  const label = { submit: a.submit, accept: a.accept, return: a.return }[action];
  const done = { submit: a.submitted, accept: a.accepted, return: a.returned }[action];

  const confirm = () => {
    const trimmed = reason.trim();
    if (action === 'return' && !trimmed) return setMissing(true);
    act.run(
      { nominationId: nomination.nominationId, action, ...(action === 'return' && { reason: trimmed }), expectedVersion: nomination.version },
      {
        onSuccess: async () => {
          await invalidate();
          onDone(done);
          onClose();
        },
      },
    );
  };
  const reasonError = missing ? a.reasonRequired : fieldErrorsOf(act.error).reason?.[0];
  return (
    <ConfirmDialog opened title={title} text={text} confirmLabel={label} confirmColor={action === 'return' ? toneText.red : undefined} loading={act.isPending} onConfirm={confirm} onClose={onClose}>
      {action === 'return' && (
        <Textarea
          label={a.returnReason}
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setMissing(false);
          }}
          error={reasonError}
          data-autofocus
        />
      )}
      {!reasonError && <MutationError error={act.error} onReload={() => void invalidate().then(onClose)} />}
    </ConfirmDialog>
  );
}

import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { fieldErrorsOf } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MutationError } from '../../components/MutationError';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';

interface Props {
  opened: boolean;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onReturn: (reason: string) => void;
  onReload: () => void;
}

/** "Trả lại": the reason is required; the ward sees it as written. */
export function ReturnDialog({ opened, pending, error, onClose, onReturn, onReload }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const fieldError = missing ? t.review.reasonRequired : fieldErrorsOf(error).reason?.[0];
  return (
    <ConfirmDialog
      opened={opened}
      title={t.review.returnTitle}
      text={t.review.returnText}
      confirmColor={toneText.red}
      loading={pending}
      onClose={onClose}
      onConfirm={() => {
        const trimmed = reason.trim();
        setMissing(!trimmed);
        if (trimmed) onReturn(trimmed);
      }}
    >
      <Textarea
        label={t.review.returnReason}
        required
        withAsterisk={false}
        autosize
        minRows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          if (missing) setMissing(false);
        }}
        error={fieldError}
        data-autofocus
      />
      {!fieldErrorsOf(error).reason && <MutationError error={error} onReload={onReload} />}
    </ConfirmDialog>
  );
}

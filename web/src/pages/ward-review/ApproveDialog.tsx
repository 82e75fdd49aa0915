import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MutationError } from '../../components/MutationError';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';

interface Props {
  opened: boolean;
  wardName: string;
  submission: number;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onApprove: (note: string | undefined) => void;
  onReload: () => void;
}

/** "Duyệt" asks first, with an optional comment the ward reads in the trail. */
export function ApproveDialog({ opened, wardName, submission, pending, error, onClose, onApprove, onReload }: Props) {
  const { t } = useI18n();
  const f = t.reviewFlow;
  const [note, setNote] = useState('');
  return (
    <ConfirmDialog
      opened={opened}
      title={f.approveTitle}
      text={f.approveText(wardName, submission)}
      confirmLabel={t.review.approve}
      confirmColor={toneText.green}
      loading={pending}
      onClose={onClose}
      onConfirm={() => onApprove(note.trim() || undefined)}
    >
      <Textarea label={f.approveNote} description={f.approveNoteHint} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-autofocus />
      <MutationError error={error} onReload={onReload} />
    </ConfirmDialog>
  );
}

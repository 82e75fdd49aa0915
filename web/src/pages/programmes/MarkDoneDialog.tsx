import { Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { ActivityRecord } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/DateField';
import { MutationError } from '../../components/MutationError';
import { vietnamToday } from '../../format';
import { useI18n } from '../../i18n';
import { useInvalidateMovement } from '../movement/shared/useInvalidateMovement';

interface Props {
  programmeId: string;
  activity: ActivityRecord;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Marks a planned activity done: the day (today unless changed) and, optionally, its result. */
export function MarkDoneDialog({ programmeId, activity, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const trpc = useTRPC();
  const invalidate = useInvalidateMovement();
  const save = useIntent(useMutation(trpc.programmes.saveActivity.mutationOptions()));
  const [doneOn, setDoneOn] = useState(vietnamToday());
  const [result, setResult] = useState(activity.fields.result ?? '');
  const [invalid, setInvalid] = useState(false);
  const confirm = () => {
    const ok = /^\d{4}-\d{2}-\d{2}$/.test(doneOn);
    setInvalid(!ok);
    if (!ok) return;
    save.run(
      {
        programmeId,
        recordId: activity.recordId,
        fields: { ...activity.fields, status: 'done', doneOn, ...(result.trim() ? { result } : { result: undefined }) },
        expectedVersion: activity.version,
      },
      {
        onSuccess: async () => {
          await invalidate();
          onSaved(p.markedDone);
          onClose();
        },
      },
    );
  };
  return (
    <ConfirmDialog opened title={p.markDoneTitle} text={activity.fields.title} confirmLabel={p.markDone} loading={save.isPending} onConfirm={confirm} onClose={onClose}>
      <Stack gap="sm">
        <DateField label={p.doneOn} value={doneOn} onChange={setDoneOn} error={invalid ? t.common.invalidDate : undefined} />
        <Textarea label={p.result} description={t.common.optional} autosize minRows={2} value={result} onChange={(e) => setResult(e.currentTarget.value)} maxLength={4000} />
        <MutationError error={save.error} onReload={() => void invalidate().then(onClose)} />
      </Stack>
    </ConfirmDialog>
  );
}

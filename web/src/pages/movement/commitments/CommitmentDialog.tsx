import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { CommitmentRecord } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useInvalidateMovement } from '../shared/useInvalidateMovement';
import type { MovementScope } from '../shared/useMovementScope';
import { useReloadable } from '../shared/useReloadable';
import { CommitmentForm } from './CommitmentForm';
import { commitmentFormValues } from './commitmentForm';

interface Props {
  record?: CommitmentRecord;
  scope: MovementScope;
  wardId: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Records or edits a commitment signing; one idempotency key per intent, the record's version as the expected one. */
export function CommitmentDialog({ record: initial, scope, wardId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMovement();
  const save = useIntent(useMutation(trpc.records.commitments.save.mutationOptions()));
  const { record, generation, reload } = useReloadable(initial, (r) => {
    save.reset();
    return queryClient.fetchQuery({ ...trpc.records.commitments.get.queryOptions({ recordId: r.recordId }), staleTime: 0 });
  });
  return (
    <RecordDialog title={record ? t.commitments.editTitle : t.commitments.newTitle} onClose={onClose}>
      <CommitmentForm
        key={generation}
        initial={commitmentFormValues(record, wardId)}
        editing={Boolean(record)}
        scope={scope}
        pending={save.isPending}
        error={save.error}
        onCancel={onClose}
        onReload={() => void reload()}
        onSubmit={(fields) =>
          save.run(
            { ...(record && { recordId: record.recordId }), fields, expectedVersion: record?.version ?? 0 },
            {
              onSuccess: async () => {
                await invalidate();
                onSaved(t.commitments.saved);
                onClose();
              },
            },
          )
        }
      />
    </RecordDialog>
  );
}

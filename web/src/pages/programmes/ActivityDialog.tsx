import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { ActivityRecord } from '../../api/types';
import { useI18n } from '../../i18n';
import { RecordDialog } from '../movement/shared/RecordDialog';
import { useInvalidateMovement } from '../movement/shared/useInvalidateMovement';
import type { MovementScope } from '../movement/shared/useMovementScope';
import { useReloadable } from '../movement/shared/useReloadable';
import { ActivityForm } from './ActivityForm';
import { activityFormValues } from './activityForm';

interface Props {
  programmeId: string;
  record?: ActivityRecord;
  scope: MovementScope;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Adds or edits one of the programme's activities; one idempotency key per intent, the activity's version as the expected one. */
export function ActivityDialog({ programmeId, record: initial, scope, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMovement();
  const save = useIntent(useMutation(trpc.programmes.saveActivity.mutationOptions()));
  const { record, generation, reload } = useReloadable(initial, async (r) => {
    save.reset();
    const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ programmeId }), staleTime: 0 });
    return fresh.activities.find((a) => a.recordId === r.recordId) ?? r;
  });
  return (
    <RecordDialog title={record ? t.programmes.activityEdit : t.programmes.activityNew} onClose={onClose}>
      <ActivityForm
        key={generation}
        initial={activityFormValues(record)}
        editing={Boolean(record)}
        scope={scope}
        pending={save.isPending}
        error={save.error}
        onCancel={onClose}
        onReload={() => void reload()}
        onSubmit={(fields) =>
          save.run(
            { programmeId, ...(record && { recordId: record.recordId }), fields, expectedVersion: record?.version ?? 0 },
            {
              onSuccess: async () => {
                await invalidate();
                onSaved(t.programmes.activitySaved);
                onClose();
              },
            },
          )
        }
      />
    </RecordDialog>
  );
}

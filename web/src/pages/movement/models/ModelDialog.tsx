import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { ModelRecord } from '../../../api/types';
import { LoadingState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useInvalidateMovement } from '../shared/useInvalidateMovement';
import type { MovementScope } from '../shared/useMovementScope';
import { useReloadable } from '../shared/useReloadable';
import { ModelForm } from './ModelForm';
import { modelFormValues } from './modelForm';

interface Props {
  record?: ModelRecord;
  scope: MovementScope;
  /** The ward a new model starts in (the list's filter, or the officer's ward). */
  wardId: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Adds or edits a model; one idempotency key per intent, the record's version as the expected one. */
export function ModelDialog({ record: initial, scope, wardId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMovement();
  const models = useQuery(trpc.records.models.list.queryOptions({}));
  const save = useIntent(useMutation(trpc.records.models.save.mutationOptions()));
  const { record, generation, reload } = useReloadable(initial, (r) => {
    save.reset();
    return queryClient.fetchQuery({ ...trpc.records.models.get.queryOptions({ recordId: r.recordId }), staleTime: 0 });
  });
  return (
    <RecordDialog title={record ? t.models.editTitle : t.models.newTitle} onClose={onClose}>
      {models.isPending ? (
        <LoadingState />
      ) : (
        <ModelForm
          key={generation}
          initial={modelFormValues(record, wardId)}
          recordId={record?.recordId}
          models={models.data ?? []}
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
                  onSaved(t.models.saved);
                  onClose();
                },
              },
            )
          }
        />
      )}
    </RecordDialog>
  );
}

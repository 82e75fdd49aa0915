import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { ConferenceRecord } from '../../../api/types';
import { LoadingState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useInvalidateMovement } from '../shared/useInvalidateMovement';
import type { MovementScope } from '../shared/useMovementScope';
import { useReloadable } from '../shared/useReloadable';
import { ConferenceForm } from './ConferenceForm';
import { type ConferenceFormValues, conferenceFormValues } from './conferenceForm';
import { useSubjectOptions } from './useSubjectOptions';

interface Props {
  record?: ConferenceRecord;
  scope: MovementScope;
  wardId: string;
  /** Values a new conference starts with (from a programme's page: the programme as its subject). */
  preset?: Partial<ConferenceFormValues>;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Records or edits a conference or festival day; one idempotency key per intent, the record's version as the expected one. */
export function ConferenceDialog({ record: initial, scope, wardId, preset, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMovement();
  const save = useIntent(useMutation(trpc.records.conferences.save.mutationOptions()));
  const { record, generation, reload } = useReloadable(initial, (r) => {
    save.reset();
    return queryClient.fetchQuery({ ...trpc.records.conferences.get.queryOptions({ recordId: r.recordId }), staleTime: 0 });
  });
  const subjects = useSubjectOptions(scope, record);
  return (
    <RecordDialog title={record ? t.conferences.editTitle : t.conferences.newTitle} onClose={onClose}>
      {subjects.pending ? (
        <LoadingState />
      ) : (
        <ConferenceForm
          key={generation}
          initial={conferenceFormValues(record, wardId, preset)}
          editing={Boolean(record)}
          scope={scope}
          subjects={subjects}
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
                  onSaved(t.conferences.saved);
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

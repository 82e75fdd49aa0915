import { useMutation } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../../movement/shared/RecordDialog';
import { useFetchFresh } from '../../movement/shared/useFetchFresh';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { useReloadable } from '../../movement/shared/useReloadable';
import { useAwardForms } from '../shared/useAwardForms';
import { useInvalidateAwards } from '../shared/useInvalidateAwards';
import { useSubjectNames } from '../shared/useSubjectNames';
import type { NominationFieldsInput, NominationOutput } from '../types';
import { NominationForm } from './NominationForm';
import { nominationFormValues } from './nominationForm';

interface Props {
  nomination?: NominationOutput;
  scope: MovementScope;
  /** The ward a new nomination starts with: the officer's own, or the coordinator's ward filter. */
  wardId: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/**
 * Adds or edits a nomination. The version the user saw goes with the save, so a concurrent edit is
 * refused rather than overwritten (and "Tải lại dữ liệu" reads the nomination again); the intent's
 * idempotency key makes a retry after a network failure land once.
 */
export function NominationDialog({ nomination: initial, scope, wardId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const fetchFresh = useFetchFresh();
  const invalidate = useInvalidateAwards();
  const forms = useAwardForms();
  const subjects = useSubjectNames();
  const save = useIntent(useMutation(trpc.awards.nominations.save.mutationOptions()));
  const { record, generation, reload } = useReloadable(initial, (n) => {
    save.reset();
    return fetchFresh(trpc.awards.nominations.get.queryOptions({ nominationId: n.nominationId }));
  });
  const onSubmit = (fields: NominationFieldsInput) =>
    save.run(
      { ...(record && { nominationId: record.nominationId }), fields, expectedVersion: record?.version ?? 0 },
      {
        onSuccess: async () => {
          await invalidate();
          onSaved(t.awards.saved);
          onClose();
        },
      },
    );
  return (
    <RecordDialog title={record ? t.awards.editTitle : t.awards.newTitle} loading={forms.query.isPending || subjects.pending} generation={generation} onClose={onClose}>
      <NominationForm
        initial={nominationFormValues(record, wardId)}
        editing={Boolean(record)}
        scope={scope}
        forms={forms.forms}
        choices={subjects.choices}
        pending={save.isPending}
        error={save.error}
        onSubmit={onSubmit}
        onCancel={onClose}
        onReload={() => void reload()}
      />
    </RecordDialog>
  );
}

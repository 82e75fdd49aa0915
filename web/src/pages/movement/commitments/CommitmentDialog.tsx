import { useMutation } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { CommitmentRecord } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useFetchFresh } from '../shared/useFetchFresh';
import type { MovementScope } from '../shared/useMovementScope';
import { useRecordEdit } from '../shared/useRecordEdit';
import { CommitmentForm } from './CommitmentForm';
import { commitmentFormValues } from './commitmentForm';

interface Props {
  record?: CommitmentRecord;
  scope: MovementScope;
  wardId: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Records or edits a commitment signing (saving as `useRecordEdit` does). */
export function CommitmentDialog({ record: initial, scope, wardId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const fetchFresh = useFetchFresh();
  const save = useIntent(useMutation(trpc.records.commitments.save.mutationOptions()));
  const { record, generation, form } = useRecordEdit({
    initial,
    save,
    reread: (r) => fetchFresh(trpc.records.commitments.get.queryOptions({ recordId: r.recordId })),
    onSaved: () => onSaved(t.commitments.saved),
    onClose,
  });
  return (
    <RecordDialog title={record ? t.commitments.editTitle : t.commitments.newTitle} generation={generation} onClose={onClose}>
      <CommitmentForm {...form} initial={commitmentFormValues(record, wardId)} editing={Boolean(record)} scope={scope} />
    </RecordDialog>
  );
}

import { useMutation, useQuery } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { ModelRecord } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useFetchFresh } from '../shared/useFetchFresh';
import type { MovementScope } from '../shared/useMovementScope';
import { useRecordEdit } from '../shared/useRecordEdit';
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

/** Adds or edits a model (saving as `useRecordEdit` does); the other models are offered as its source. */
export function ModelDialog({ record: initial, scope, wardId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const fetchFresh = useFetchFresh();
  const models = useQuery(trpc.records.models.list.queryOptions({}));
  const save = useIntent(useMutation(trpc.records.models.save.mutationOptions()));
  const { record, generation, form } = useRecordEdit({
    initial,
    save,
    reread: (r) => fetchFresh(trpc.records.models.get.queryOptions({ recordId: r.recordId })),
    onSaved: () => onSaved(t.models.saved),
    onClose,
  });
  return (
    <RecordDialog title={record ? t.models.editTitle : t.models.newTitle} loading={models.isPending} generation={generation} onClose={onClose}>
      <ModelForm {...form} initial={modelFormValues(record, wardId)} recordId={record?.recordId} models={models.data ?? []} scope={scope} />
    </RecordDialog>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { ForumRecord } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useFetchFresh } from '../shared/useFetchFresh';
import type { MovementScope } from '../shared/useMovementScope';
import { useRecordEdit } from '../shared/useRecordEdit';
import { ForumForm } from './ForumForm';
import { forumFormValues } from './forumForm';

interface Props {
  record?: ForumRecord;
  scope: MovementScope;
  wardId: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Records or edits a citizen forum (saving as `useRecordEdit` does). */
export function ForumDialog({ record: initial, scope, wardId, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const fetchFresh = useFetchFresh();
  const save = useIntent(useMutation(trpc.records.forums.save.mutationOptions()));
  const { record, generation, form } = useRecordEdit({
    initial,
    save,
    reread: (r) => fetchFresh(trpc.records.forums.get.queryOptions({ recordId: r.recordId })),
    onSaved: () => onSaved(t.forums.saved),
    onClose,
  });
  return (
    <RecordDialog title={record ? t.forums.editTitle : t.forums.newTitle} generation={generation} onClose={onClose}>
      <ForumForm {...form} initial={forumFormValues(record, wardId)} editing={Boolean(record)} scope={scope} />
    </RecordDialog>
  );
}

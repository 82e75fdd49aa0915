import { useMutation } from '@tanstack/react-query';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { ActivityRecord } from '../../api/types';
import { useI18n } from '../../i18n';
import { RecordDialog } from '../movement/shared/RecordDialog';
import type { MovementScope } from '../movement/shared/useMovementScope';
import { useRecordEdit } from '../movement/shared/useRecordEdit';
import { ActivityForm } from './ActivityForm';
import { activityFormValues } from './activityForm';
import { useRereadFromProgramme } from './useRereadFromProgramme';

interface Props {
  programmeId: string;
  record?: ActivityRecord;
  scope: MovementScope;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Adds or edits one of the programme's activities (saving as `useRecordEdit` does). */
export function ActivityDialog({ programmeId, record: initial, scope, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const reread = useRereadFromProgramme(programmeId);
  const save = useIntent(useMutation(trpc.programmes.saveActivity.mutationOptions()));
  const { record, generation, form } = useRecordEdit({
    initial,
    save,
    reread: reread((programme) => programme.activities),
    extra: { programmeId },
    onSaved: () => onSaved(t.programmes.activitySaved),
    onClose,
  });
  return (
    <RecordDialog title={record ? t.programmes.activityEdit : t.programmes.activityNew} generation={generation} onClose={onClose}>
      <ActivityForm {...form} initial={activityFormValues(record)} editing={Boolean(record)} scope={scope} />
    </RecordDialog>
  );
}

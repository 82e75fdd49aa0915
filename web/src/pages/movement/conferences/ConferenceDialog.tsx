import { useMutation } from '@tanstack/react-query';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import type { ConferenceRecord } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../shared/RecordDialog';
import { useFetchFresh } from '../shared/useFetchFresh';
import type { MovementScope } from '../shared/useMovementScope';
import { useRecordEdit } from '../shared/useRecordEdit';
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

/** Records or edits a conference or festival day (saving as `useRecordEdit` does). */
export function ConferenceDialog({ record: initial, scope, wardId, preset, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const fetchFresh = useFetchFresh();
  const save = useIntent(useMutation(trpc.records.conferences.save.mutationOptions()));
  const { record, generation, form } = useRecordEdit({
    initial,
    save,
    reread: (r) => fetchFresh(trpc.records.conferences.get.queryOptions({ recordId: r.recordId })),
    onSaved: () => onSaved(t.conferences.saved),
    onClose,
  });
  const subjects = useSubjectOptions(scope, record);
  return (
    <RecordDialog title={record ? t.conferences.editTitle : t.conferences.newTitle} loading={subjects.pending} generation={generation} onClose={onClose}>
      <ConferenceForm {...form} initial={conferenceFormValues(record, wardId, preset)} editing={Boolean(record)} scope={scope} subjects={subjects} />
    </RecordDialog>
  );
}

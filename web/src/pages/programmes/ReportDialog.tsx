import { useMutation } from '@tanstack/react-query';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { ReportRecord } from '../../api/types';
import { useI18n } from '../../i18n';
import { RecordDialog } from '../movement/shared/RecordDialog';
import { useRecordEdit } from '../movement/shared/useRecordEdit';
import { ReportForm } from './ReportForm';
import { reportFormValues } from './reportForm';
import { useRereadFromProgramme } from './useRereadFromProgramme';

interface Props {
  programmeId: string;
  record?: ReportRecord;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Adds or edits one of the programme's joint reports (saving as `useRecordEdit` does). */
export function ReportDialog({ programmeId, record: initial, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const reread = useRereadFromProgramme(programmeId);
  const save = useIntent(useMutation(trpc.programmes.saveReport.mutationOptions()));
  const { record, generation, form } = useRecordEdit({
    initial,
    save,
    reread: reread((programme) => programme.reports),
    extra: { programmeId },
    onSaved: () => onSaved(t.programmes.reportSaved),
    onClose,
  });
  return (
    <RecordDialog title={record ? t.programmes.reportEdit : t.programmes.reportNew} generation={generation} onClose={onClose}>
      <ReportForm {...form} initial={reportFormValues(record)} editing={Boolean(record)} />
    </RecordDialog>
  );
}

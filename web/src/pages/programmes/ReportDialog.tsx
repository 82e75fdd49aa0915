import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { ReportRecord } from '../../api/types';
import { useI18n } from '../../i18n';
import { RecordDialog } from '../movement/shared/RecordDialog';
import { useInvalidateMovement } from '../movement/shared/useInvalidateMovement';
import { useReloadable } from '../movement/shared/useReloadable';
import { ReportForm } from './ReportForm';
import { reportFormValues } from './reportForm';

interface Props {
  programmeId: string;
  record?: ReportRecord;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/** Adds or edits one of the programme's joint reports; one idempotency key per intent, the report's version as the expected one. */
export function ReportDialog({ programmeId, record: initial, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMovement();
  const save = useIntent(useMutation(trpc.programmes.saveReport.mutationOptions()));
  const { record, generation, reload } = useReloadable(initial, async (r) => {
    save.reset();
    const fresh = await queryClient.fetchQuery({ ...trpc.programmes.get.queryOptions({ programmeId }), staleTime: 0 });
    return fresh.reports.find((a) => a.recordId === r.recordId) ?? r;
  });
  return (
    <RecordDialog title={record ? t.programmes.reportEdit : t.programmes.reportNew} onClose={onClose}>
      <ReportForm
        key={generation}
        initial={reportFormValues(record)}
        editing={Boolean(record)}
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
                onSaved(t.programmes.reportSaved);
                onClose();
              },
            },
          )
        }
      />
    </RecordDialog>
  );
}

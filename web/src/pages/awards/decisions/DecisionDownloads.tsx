import { Alert, Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import { DOCX_TYPE, downloadFile, fileNameOf, loadDocuments, loadSheets, XLSX_TYPE } from '../../../files/download';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import type { AwardFormOutput, DecisionOutput } from '../types';
import { achievementOf } from './decisionDocument';

interface Props {
  decision: DecisionOutput;
  forms: readonly AwardFormOutput[];
  scope: MovementScope;
}

/**
 * "Tải quyết định (DOCX)" in the layout of Nghị định 30 with its annex, and "Tải danh sách (XLSX)";
 * both libraries load on the click, so the console's first download stays small.
 */
export function DecisionDownloads({ decision, forms, scope }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const nominations = useQuery(trpc.awards.nominations.list.queryOptions());
  const [busy, setBusy] = useState<'docx' | 'xlsx'>();
  const [failed, setFailed] = useState(false);
  const number = decision.fields.number;

  const run = async (kind: 'docx' | 'xlsx', make: () => Promise<void>) => {
    setBusy(kind);
    setFailed(false);
    try {
      await make();
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  };
  const docx = () =>
    run('docx', async () => {
      const documents = await loadDocuments();
      const bytes = await documents.awardDecisionDocx({
        decision,
        forms: forms.map((f) => ({ code: f.code, name: f.name })),
        achievementFor: achievementOf(
          decision.lines.map((l) => l.nominationId),
          nominations.data ?? [],
        ),
      });
      downloadFile(bytes, fileNameOf(`quyet-dinh-${number}`, 'docx'), DOCX_TYPE);
    });
  const xlsx = () =>
    run('xlsx', async () => {
      const sheets = await loadSheets();
      const bytes = await sheets.awardListXlsx({
        decision,
        forms: forms.map((f) => ({ code: f.code, name: f.name })),
        wardNames: Object.fromEntries(scope.wards.map((w) => [w.wardId, w.name])),
      });
      downloadFile(bytes, fileNameOf(`danh-sach-khen-thuong-${number}`, 'xlsx'), XLSX_TYPE);
    });
  return (
    <Group gap="xs">
      <Button variant="default" onClick={() => void docx()} loading={busy === 'docx'} disabled={busy !== undefined || nominations.isPending}>
        {a.downloadDocx}
      </Button>
      <Button variant="default" onClick={() => void xlsx()} loading={busy === 'xlsx'} disabled={busy !== undefined}>
        {a.downloadXlsx}
      </Button>
      {failed && (
        <Alert color="red" variant="light" role="alert" py={6}>
          {a.downloadFailed}
        </Alert>
      )}
    </Group>
  );
}

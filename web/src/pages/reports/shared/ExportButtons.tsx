import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { DOCX_TYPE, downloadFile, fileNameOf, XLSX_TYPE } from '../../../files/download';
import { useI18n } from '../../../i18n';

const CSV_TYPE = 'text/csv;charset=utf-8';

type Kind = 'xlsx' | 'csv' | 'docx';

interface Props {
  /** The file's title, made into its name ("bao-cao-quan-kien-an-nam-2026.xlsx"). */
  fileTitle: string;
  xlsx: () => Promise<Uint8Array>;
  csv: () => string;
  docx: () => Promise<Uint8Array>;
}

/**
 * "Tải Excel (XLSX)", "Tải CSV", "Tải báo cáo (DOCX)". The XLSX and DOCX libraries are imported
 * by the callers on the click (they are hundreds of kB), so opening a report costs none of it.
 */
export function ExportButtons({ fileTitle, xlsx, csv, docx }: Props) {
  const { t } = useI18n();
  const e = t.reports.exports;
  const [busy, setBusy] = useState<Kind>();
  const [failed, setFailed] = useState(false);
  const run = async (kind: Kind, make: () => Promise<Uint8Array | string>, type: string) => {
    setBusy(kind);
    setFailed(false);
    try {
      downloadFile(await make(), fileNameOf(fileTitle, kind), type);
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  };
  const button = (kind: Kind, label: string, make: () => Promise<Uint8Array | string>, type: string) => (
    <Button variant="default" onClick={() => void run(kind, make, type)} loading={busy === kind} disabled={busy !== undefined && busy !== kind}>
      {label}
    </Button>
  );
  return (
    <Group gap="xs" role="group" aria-label={e.label}>
      {button('xlsx', e.xlsx, xlsx, XLSX_TYPE)}
      {button('csv', e.csv, async () => csv(), CSV_TYPE)}
      {button('docx', e.docx, docx, DOCX_TYPE)}
      {failed && (
        <Alert color="red" variant="light" role="alert" py={6}>
          {e.failed}
        </Alert>
      )}
    </Group>
  );
}

import type { AssessmentEntry, CatalogueContent } from '@antq/domain';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FileField } from '../../components/FileField';
import { type FileProblem, SheetProblems } from '../../components/SheetProblems';
import { downloadFile, fileKindOf, fileNameOf, loadSheets, XLSX_TYPE } from '../../files/download';
import { useI18n } from '../../i18n';

interface Props {
  content: CatalogueContent;
  fileTitle: string;
  /** Present when the form can be filled from a file. */
  onImported?: (entries: AssessmentEntry[]) => void;
}

/** "Tải mẫu Excel" (a template of the campaign's criteria) and "Nhập từ Excel" (fills the form, or lists the problems). */
export function AssessmentXlsx({ content, fileTitle, onImported }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'template' | 'import'>();
  const [problems, setProblems] = useState<FileProblem[]>();
  const [done, setDone] = useState<string>();

  async function template() {
    setBusy('template');
    try {
      const sheets = await loadSheets();
      downloadFile(await sheets.assessmentTemplateXlsx(content), fileNameOf(fileTitle, 'xlsx'), XLSX_TYPE);
    } finally {
      setBusy(undefined);
    }
  }

  async function read(file: File) {
    setProblems(undefined);
    setDone(undefined);
    if (fileKindOf(file) !== 'xlsx') {
      setProblems([{ message: t.criteria.wrongFile }]);
      return;
    }
    setBusy('import');
    try {
      const sheets = await loadSheets();
      const result = await sheets.assessmentFromXlsx(await file.arrayBuffer(), content);
      if (!result.ok) setProblems(result.problems);
      else {
        onImported?.(result.entries);
        setDone(t.assessment.imported(result.entries.length));
      }
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="lg">
        <Button variant="default" onClick={() => void template()} loading={busy === 'template'}>
          {t.assessment.template}
        </Button>
        {onImported && <FileField label={t.assessment.importXlsx} accept=".xlsx" onFile={(f) => void read(f)} disabled={busy === 'import'} />}
      </Group>
      {onImported && (
        <Text size="xs" c="dimmed">
          {t.assessment.importHint}
        </Text>
      )}
      {busy === 'import' && (
        <Text size="sm" role="status">
          {t.assessment.importing}
        </Text>
      )}
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {problems && <SheetProblems title={t.assessment.importProblems} problems={problems} />}
    </Stack>
  );
}

import type { AccountSheetRow } from '@antq/sheets';
import { Alert, Button, Group, List, Loader, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorsOf } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { IssuedAccountOutput } from '../../api/types';
import { FileField } from '../../components/FileField';
import { MutationError } from '../../components/MutationError';
import { toneText } from '../../components/tones';
import { downloadFile, fileNameOf, loadSheets, XLSX_TYPE } from '../../files/download';
import { useI18n } from '../../i18n';
import { RecordDialog } from '../movement/shared/RecordDialog';
import { type Preview, previewOf } from './importPreview';
import type { AccountScope } from './useAccountScope';

interface Props {
  scope: AccountScope;
  onImported: (created: IssuedAccountOutput[]) => void;
  onClose: () => void;
}

type Stage = { kind: 'idle' } | { kind: 'reading' } | { kind: 'checked'; fileName: string; rows: AccountSheetRow[]; preview: Preview; serverChecked: boolean };

/**
 * Many accounts from one sheet: download the template (with the district's wards), pick the
 * filled XLSX or CSV, see every row with its problems in Vietnamese (checked in the browser with
 * the server's schema, then by the server in a dry run: usernames taken, wards, rights), and
 * create them all at once, or none. The one-time passwords are shown once by the caller.
 */
export function AccountImport({ scope, onImported, onClose }: Props) {
  const { t } = useI18n();
  const a = t.accounts;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [templateBusy, setTemplateBusy] = useState(false);
  const check = useMutation(trpc.accounts.import.mutationOptions());
  const run = useMutation(trpc.accounts.import.mutationOptions());
  const wards = scope.wards.map((w) => ({ wardId: w.wardId, name: w.name }));
  const tenantId = scope.tenantId || undefined;

  async function template() {
    setTemplateBusy(true);
    try {
      const sheets = await loadSheets();
      const bytes = await sheets.accountTemplateXlsx({ ...(tenantId && { tenantId, wards }) });
      const district = scope.districtName(tenantId);
      downloadFile(bytes, fileNameOf(district ? `${a.templateFile} ${district}` : a.templateFile, 'xlsx'), XLSX_TYPE);
    } finally {
      setTemplateBusy(false);
    }
  }

  async function onFile(file: File) {
    check.reset();
    run.reset();
    setStage({ kind: 'reading' });
    const sheets = await loadSheets();
    const read = await sheets.readAccountSheet(await file.arrayBuffer(), file.name, { ...(tenantId && { tenantId }) });
    const local = sheets.checkAccountRows(read.rows, { ...(tenantId && { tenantId, wards }) });
    const preview = previewOf(read.rows, { file: read.problems, local });
    const checked: Stage = { kind: 'checked', fileName: file.name, rows: read.rows, preview, serverChecked: false };
    setStage(checked);
    if (preview.problemCount > 0 || read.rows.length === 0) return;
    // The browser found nothing wrong: the server checks what only it knows (usernames taken, units, rights).
    check.mutate(
      { rows: read.rows.map((r) => r.values), dryRun: true },
      {
        onSuccess: () => setStage({ ...checked, serverChecked: true }),
        onError: (error) => {
          const server = fieldErrorsOf(error);
          if (Object.keys(server).length > 0) setStage({ ...checked, preview: previewOf(read.rows, { file: read.problems, local, server }) });
        },
      },
    );
  }

  function send() {
    if (stage.kind !== 'checked') return;
    const rows = stage.rows;
    run.mutate(
      { rows: rows.map((r) => r.values), dryRun: false },
      {
        onSuccess: async (result) => {
          await queryClient.invalidateQueries({ queryKey: trpc.accounts.pathKey() });
          onImported(result.created);
        },
        onError: (error) => {
          const server = fieldErrorsOf(error);
          if (Object.keys(server).length > 0) setStage({ ...stage, serverChecked: false, preview: previewOf(rows, { server }) });
        },
      },
    );
  }

  const roleName = (value: string | undefined) => (value && value in t.roles ? t.roles[value as keyof typeof t.roles] : (value ?? '—'));
  const unitOf = (values: Record<string, string>) =>
    values.wardId ? (scope.wardName(values.wardId) ?? values.wardId) : values.tenantId ? (scope.districtName(values.tenantId) ?? values.tenantId) : (values.provinceId ?? '—');
  const serverError = check.error ?? run.error;
  const serverFieldErrors = Object.keys(fieldErrorsOf(serverError)).length > 0;

  return (
    <RecordDialog title={a.importTitle} onClose={onClose}>
      <Stack gap="md">
        <Text size="sm">{a.importIntro}</Text>
        <Group align="flex-end" gap="lg">
          <Button variant="default" onClick={() => void template()} loading={templateBusy}>
            {a.template}
          </Button>
          <FileField label={a.file} description={a.fileHint} accept=".xlsx,.csv,text/csv" onFile={(f) => void onFile(f)} disabled={stage.kind === 'reading' || run.isPending} />
        </Group>
        {stage.kind === 'reading' && (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{a.reading}</Text>
          </Group>
        )}
        {stage.kind === 'checked' && (
          <Stack gap="sm">
            {stage.preview.problemCount > 0 ? (
              <Alert color="red" variant="light" role="alert" title={a.problemsTitle(stage.preview.problemCount)}>
                <Stack gap={4}>
                  <Text size="sm">{a.problemsText}</Text>
                  {stage.preview.general.length > 0 && (
                    <List size="sm">
                      {stage.preview.general.map((m) => (
                        <List.Item key={m}>{m}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              </Alert>
            ) : check.isPending ? (
              <Group gap="xs" role="status">
                <Loader size="xs" aria-hidden />
                <Text size="sm">{a.serverChecking}</Text>
              </Group>
            ) : stage.serverChecked ? (
              <Alert color="green" variant="light" role="status">
                {a.readyToImport(stage.rows.length)}
              </Alert>
            ) : null}
            {serverError && !serverFieldErrors && <MutationError error={serverError} />}
            {stage.rows.length > 0 && (
              <Table.ScrollContainer minWidth={720} type="native" tabIndex={0} mah={420}>
                <Table aria-label={a.previewTable} withTableBorder verticalSpacing="xs" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col" w={60}>
                        {a.line}
                      </Table.Th>
                      <Table.Th scope="col">{a.person}</Table.Th>
                      <Table.Th scope="col" w={150}>
                        {a.role}
                      </Table.Th>
                      <Table.Th scope="col" w={160}>
                        {a.unit}
                      </Table.Th>
                      <Table.Th scope="col" w={260}>
                        {a.checkResult}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {stage.preview.rows.map((row) => (
                      <Table.Tr key={row.line}>
                        <Table.Td>{row.line}</Table.Td>
                        <Table.Th scope="row" fw={500}>
                          <Text size="sm" fw={600}>
                            {row.values.displayName ?? '—'}
                          </Text>
                          <Text size="sm" ff="monospace">
                            {row.values.username ?? '—'}
                          </Text>
                        </Table.Th>
                        <Table.Td>{roleName(row.values.role)}</Table.Td>
                        <Table.Td>{unitOf(row.values)}</Table.Td>
                        <Table.Td>
                          {row.problems.length === 0 ? (
                            <Text size="sm" c={toneText.green}>
                              {stage.serverChecked ? a.rowOk : a.rowOkLocal}
                            </Text>
                          ) : (
                            <List size="sm" spacing={2}>
                              {row.problems.map((p) => (
                                <List.Item key={`${p.field}:${p.message}`}>
                                  <Text size="sm" c={toneText.red}>
                                    {p.field && !p.message.startsWith(p.field) ? `${p.field}: ${p.message}` : p.message}
                                  </Text>
                                </List.Item>
                              ))}
                            </List>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Group>
              <Button onClick={send} loading={run.isPending} disabled={!stage.serverChecked || stage.preview.problemCount > 0}>
                {a.importSubmit(stage.rows.length)}
              </Button>
              <Button variant="default" onClick={onClose} disabled={run.isPending}>
                {t.common.cancel}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </RecordDialog>
  );
}

import type { CatalogueContent } from '@antq/domain';
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { CatalogueOutput } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MutationError } from '../../components/MutationError';
import { downloadFile, fileNameOf, JSON_TYPE, loadSheets, XLSX_TYPE } from '../../files/download';
import { useI18n } from '../../i18n';

/** Export the shown version (JSON, Excel) and publish the latest draft. */
export function CatalogueActions({ catalogue, onPublished }: { catalogue: CatalogueOutput; onPublished: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, { open, close }] = useDisclosure(false);
  const [exporting, setExporting] = useState<'json' | 'xlsx'>();
  const publish = useIntent(useMutation(trpc.criteria.publish.mutationOptions()));
  const { head, version } = catalogue;
  const canPublish = version.status === 'draft' && head.latestVersion === version.catalogueVersion;

  async function exportAs(kind: 'json' | 'xlsx', content: CatalogueContent) {
    setExporting(kind);
    try {
      const sheets = await loadSheets();
      const name = fileNameOf(`${content.title}-v${version.catalogueVersion}`, kind);
      if (kind === 'json') downloadFile(sheets.catalogueToJson(content), name, JSON_TYPE);
      else downloadFile(await sheets.catalogueToXlsx(content), name, XLSX_TYPE);
    } finally {
      setExporting(undefined);
    }
  }

  return (
    <>
      <Group gap="xs">
        {canPublish && <Button onClick={open}>{t.criteria.publish}</Button>}
        <Button variant="default" loading={exporting === 'json'} onClick={() => void exportAs('json', version.content)}>
          {t.criteria.exportJson}
        </Button>
        <Button variant="default" loading={exporting === 'xlsx'} onClick={() => void exportAs('xlsx', version.content)}>
          {t.criteria.exportXlsx}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t.criteria.publishTitle}
        text={t.criteria.publishText(version.catalogueVersion)}
        loading={publish.isPending}
        onClose={close}
        onConfirm={() =>
          publish.run(
            { catalogueId: head.catalogueId, expectedVersion: head.version },
            {
              onSuccess: async (next) => {
                close();
                onPublished(t.criteria.published(next.latestVersion));
                await queryClient.invalidateQueries({ queryKey: trpc.criteria.pathKey() });
              },
            },
          )
        }
      >
        <MutationError error={publish.error} onReload={() => void queryClient.invalidateQueries({ queryKey: trpc.criteria.pathKey() })} />
      </ConfirmDialog>
    </>
  );
}

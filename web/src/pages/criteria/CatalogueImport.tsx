import { allCriteria } from '@antq/domain';
import { Alert, Button, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { CatalogueHeadOutput } from '../../api/types';
import { FileField } from '../../components/FileField';
import { MutationError } from '../../components/MutationError';
import { Section } from '../../components/Section';
import { SheetProblems } from '../../components/SheetProblems';
import { useI18n } from '../../i18n';
import { CatalogueContentView } from './CatalogueContentView';
import { type CatalogueFileResult, readCatalogueFile } from './readCatalogueFile';

interface Props {
  /** Import as a new version of this catalogue instead of a new catalogue. */
  into?: CatalogueHeadOutput;
}

/**
 * Import from a file: read and check it in the browser, show a preview (or the problems with
 * their row numbers), then send it as a new catalogue, or a new draft version of one, published
 * now or kept as a draft.
 */
export function CatalogueImport({ into }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [reading, setReading] = useState(false);
  const [read, setRead] = useState<CatalogueFileResult>();
  const [publish, setPublish] = useState<'now' | 'draft'>('now');
  const [done, setDone] = useState<string>();

  const importNew = useIntent(useMutation(trpc.criteria.import.mutationOptions()));
  const saveDraft = useIntent(useMutation(trpc.criteria.saveDraft.mutationOptions()));
  const publishDraft = useIntent(useMutation(trpc.criteria.publish.mutationOptions()));
  const pending = importNew.isPending || saveDraft.isPending || publishDraft.isPending;
  const error = importNew.error ?? saveDraft.error ?? publishDraft.error;

  async function onFile(file: File) {
    setDone(undefined);
    setRead(undefined);
    importNew.reset();
    saveDraft.reset();
    publishDraft.reset();
    setReading(true);
    try {
      setRead(await readCatalogueFile(file, t.criteria.wrongFile));
    } finally {
      setReading(false);
    }
  }

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.criteria.pathKey() });

  async function send() {
    if (!read?.ok) return;
    const content = read.content;
    if (!into) {
      const head = await importNew.runAsync({ content, publish: publish === 'now' });
      await refresh();
      navigate(`/criteria/${head.catalogueId}`, { state: { notice: t.criteria.imported(head.title) } });
      return;
    }
    const draft = await saveDraft.runAsync({ catalogueId: into.catalogueId, content, expectedVersion: into.version });
    if (publish === 'now') {
      const published = await publishDraft.runAsync({ catalogueId: draft.catalogueId, expectedVersion: draft.version });
      setDone(t.criteria.published(published.latestVersion));
    } else {
      setDone(t.criteria.savedDraft(draft.latestVersion));
    }
    setRead(undefined);
    await refresh();
  }

  return (
    <Section title={into ? t.criteria.newVersionTitle : t.criteria.importTitle} description={into ? t.criteria.newVersionIntro : t.criteria.importIntro}>
      <FileField label={t.criteria.file} description={t.criteria.fileHint} accept=".json,.xlsx,application/json" onFile={(f) => void onFile(f)} disabled={pending} />
      {reading && (
        <Group gap="xs" role="status">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t.criteria.reading}</Text>
        </Group>
      )}
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {read && !read.ok && <SheetProblems title={t.criteria.problemsTitle(read.problems.length)} problems={read.problems} />}
      {read?.ok && (
        <Stack gap="md">
          <Alert color="blue" variant="light" title={t.criteria.previewTitle} role="status">
            {t.criteria.previewSummary(read.content.title, read.content.groups.length, allCriteria(read.content).length)}
          </Alert>
          <div style={{ maxHeight: 480, overflow: 'auto' }} tabIndex={0} aria-label={t.criteria.previewTitle} role="region">
            <CatalogueContentView content={read.content} />
          </div>
          <Radio.Group label={t.criteria.afterImport} value={publish} onChange={(v) => setPublish(v as 'now' | 'draft')}>
            <Group mt="xs">
              <Radio value="now" label={t.criteria.publishNow} />
              <Radio value="draft" label={t.criteria.keepDraft} />
            </Group>
          </Radio.Group>
          <MutationError error={error} onReload={() => void refresh()} />
          <Group>
            <Button onClick={() => void send().catch(() => undefined)} loading={pending}>
              {into ? t.criteria.saveVersionSubmit : t.criteria.importSubmit}
            </Button>
            <Button variant="default" onClick={() => setRead(undefined)} disabled={pending}>
              {t.common.cancel}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

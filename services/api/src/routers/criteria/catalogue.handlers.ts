import { appendItem, getCatalogueHead, getCatalogueVersion, keys, putItem, toItem, writeHead } from '@antq/db';
import {
  allCriteria,
  type CatalogueContent,
  type CatalogueHead,
  type CatalogueVersion,
  type importCatalogueInput,
  type publishCatalogueInput,
  type saveCatalogueDraftInput,
} from '@antq/domain';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { type Change, expectVersion, mutate, notFound, nowIso, refuse, type TenantContext } from '../../cycle/mutate.js';

function versionRecord(catalogueId: string, n: number, content: CatalogueContent, publish: boolean, now: string): CatalogueVersion {
  return {
    catalogueId,
    catalogueVersion: n,
    status: publish ? 'published' : 'draft',
    content,
    criteriaCount: allCriteria(content).length,
    createdAt: now,
    ...(publish && { publishedAt: now }),
  };
}

/** Creates a catalogue from imported content (JSON or XLSX read by the client), as a draft or published. */
export function importCatalogue(ctx: TenantContext, input: z.infer<typeof importCatalogueInput>, options: { sample?: boolean } = {}) {
  return mutate(ctx, input, async (): Promise<Change<CatalogueHead>> => {
    const now = nowIso();
    const catalogueId = ulid();
    const v1 = versionRecord(catalogueId, 1, input.content, input.publish, now);
    const head: CatalogueHead = {
      catalogueId,
      title: input.content.title,
      latestVersion: 1,
      latestStatus: v1.status,
      publishedVersions: input.publish ? [1] : [],
      criteriaCount: v1.criteriaCount,
      sample: options.sample ?? false,
      version: 1,
      updatedAt: now,
    };
    const t = ctx.repo.tableName;
    return {
      ops: [
        writeHead(t, toItem(keys.catalogue(ctx.tenantId, catalogueId), 'CatalogueHead', head), 0),
        appendItem(t, toItem(keys.catalogueVersion(ctx.tenantId, catalogueId, 1), 'CatalogueVersion', v1)),
      ],
      audit: { action: 'catalogue.import', entityType: 'Catalogue', entityId: catalogueId, after: { title: head.title, criteria: head.criteriaCount, status: v1.status } },
      result: head,
    };
  });
}

async function loadHead(ctx: TenantContext, catalogueId: string, expectedVersion: number) {
  const head = await getCatalogueHead(ctx.repo, ctx.tenantId, catalogueId);
  if (!head) throw notFound('Không tìm thấy bộ tiêu chí.');
  expectVersion(keys.catalogue(ctx.tenantId, catalogueId), head.version, expectedVersion);
  return head;
}

/** Edits the draft; a published version is never changed: editing it opens the next version as a draft. */
export function saveCatalogueDraft(ctx: TenantContext, input: z.infer<typeof saveCatalogueDraftInput>) {
  return mutate(ctx, input, async (): Promise<Change<CatalogueHead>> => {
    const head = await loadHead(ctx, input.catalogueId, input.expectedVersion);
    const now = nowIso();
    const n = head.latestStatus === 'draft' ? head.latestVersion : head.latestVersion + 1;
    const draft = versionRecord(head.catalogueId, n, input.content, false, now);
    const next: CatalogueHead = { ...head, title: input.content.title, latestVersion: n, latestStatus: 'draft', criteriaCount: draft.criteriaCount, version: head.version + 1, updatedAt: now };
    const t = ctx.repo.tableName;
    const versionItem = toItem(keys.catalogueVersion(ctx.tenantId, head.catalogueId, n), 'CatalogueVersion', draft);
    return {
      ops: [
        writeHead(t, toItem(keys.catalogue(ctx.tenantId, head.catalogueId), 'CatalogueHead', next), head.version),
        // The head's version check serialises edits; a draft version item may be overwritten, a published one never is.
        head.latestStatus === 'draft' ? putItem(t, versionItem) : appendItem(t, versionItem),
      ],
      audit: { action: 'catalogue.saveDraft', entityType: 'Catalogue', entityId: head.catalogueId, after: { version: n, criteria: draft.criteriaCount } },
      result: next,
    };
  });
}

export function publishCatalogue(ctx: TenantContext, input: z.infer<typeof publishCatalogueInput>) {
  return mutate(ctx, input, async (): Promise<Change<CatalogueHead>> => {
    const head = await loadHead(ctx, input.catalogueId, input.expectedVersion);
    if (head.latestStatus !== 'draft') throw refuse('Không có bản nháp nào để ban hành.');
    const draft = await getCatalogueVersion(ctx.repo, ctx.tenantId, head.catalogueId, head.latestVersion);
    if (!draft) throw notFound('Không tìm thấy bản nháp của bộ tiêu chí.');
    const now = nowIso();
    const published: CatalogueVersion = { ...draft, status: 'published', publishedAt: now };
    const next: CatalogueHead = { ...head, latestStatus: 'published', publishedVersions: [...head.publishedVersions, head.latestVersion], version: head.version + 1, updatedAt: now };
    const t = ctx.repo.tableName;
    return {
      ops: [
        writeHead(t, toItem(keys.catalogue(ctx.tenantId, head.catalogueId), 'CatalogueHead', next), head.version),
        putItem(t, toItem(keys.catalogueVersion(ctx.tenantId, head.catalogueId, head.latestVersion), 'CatalogueVersion', published)),
      ],
      audit: { action: 'catalogue.publish', entityType: 'Catalogue', entityId: head.catalogueId, after: { version: head.latestVersion } },
      result: next,
    };
  });
}

import { getCatalogueHead, getCatalogueVersion, listCatalogues, listCatalogueVersions } from '@antq/db';
import { catalogueRefInput, importCatalogueInput, publishCatalogueInput, saveCatalogueDraftInput, sortByName } from '@antq/domain';
import { notFound } from '../../cycle/mutate.js';
import { router } from '../../trpc/init.js';
import { coordinatorProcedure, tenantScoped } from '../../trpc/procedures.js';
import { importCatalogue, publishCatalogue, saveCatalogueDraft } from './catalogue.handlers.js';

export const criteriaRouter = router({
  list: tenantScoped.query(async ({ ctx }) => sortByName(await listCatalogues(ctx.repo, ctx.tenantId), (c) => c.title)),
  /** One version's content: the one asked for, else the latest. */
  get: tenantScoped.input(catalogueRefInput).query(async ({ ctx, input }) => {
    const head = await getCatalogueHead(ctx.repo, ctx.tenantId, input.catalogueId);
    if (!head) throw notFound('Không tìm thấy bộ tiêu chí.');
    const version = await getCatalogueVersion(ctx.repo, ctx.tenantId, input.catalogueId, input.catalogueVersion ?? head.latestVersion);
    if (!version) throw notFound('Không tìm thấy phiên bản này của bộ tiêu chí.');
    return { head, version };
  }),
  versions: tenantScoped.input(catalogueRefInput.pick({ catalogueId: true })).query(async ({ ctx, input }) =>
    (await listCatalogueVersions(ctx.repo, ctx.tenantId, input.catalogueId)).map(({ content: _c, ...meta }) => meta),
  ),
  import: coordinatorProcedure.input(importCatalogueInput).mutation(({ ctx, input }) => importCatalogue(ctx, input)),
  saveDraft: coordinatorProcedure.input(saveCatalogueDraftInput).mutation(({ ctx, input }) => saveCatalogueDraft(ctx, input)),
  publish: coordinatorProcedure.input(publishCatalogueInput).mutation(({ ctx, input }) => publishCatalogue(ctx, input)),
});

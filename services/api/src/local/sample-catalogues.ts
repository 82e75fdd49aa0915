import { readFile } from 'node:fs/promises';
import { listCatalogues, type Repository } from '@antq/db';
import { catalogueContentSchema } from '@antq/domain';
import { importCatalogue } from '../routers/criteria/catalogue.handlers.js';

const sampleFiles = ['sample-34-criteria.json', 'sample-22-criteria.json'];

/**
 * Gives a tenant the two sample catalogues (34 and 22 criteria, titled as samples), published,
 * unless it already has catalogues. The idempotency keys are fixed per tenant and file, so two
 * seeds racing each other still import each sample once.
 */
export async function seedSampleCatalogues(repo: Repository, tenantId: string): Promise<number> {
  if ((await listCatalogues(repo, tenantId)).length > 0) return 0;
  const ctx = { user: { sub: 'seed', username: 'seed', displayName: 'seed', roles: [] }, tenantId, repo, requestId: 'seed' };
  for (const file of sampleFiles) {
    const text = await readFile(new URL(`../../data/catalogues/${file}`, import.meta.url), 'utf8');
    const content = catalogueContentSchema.parse(JSON.parse(text));
    await importCatalogue(ctx, { content, publish: true, idempotencyKey: `seed-${tenantId}-${file.replace('.json', '')}` }, { sample: true });
  }
  return sampleFiles.length;
}

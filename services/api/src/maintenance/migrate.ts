import { keys, listAllTenants, putItem } from '@antq/db';
import type { DataAccess } from '../data-access.js';
import type { Logger } from '../log.js';
import { currentYear } from '../movement/save.js';
import { rebuildMovementSummaries } from '../movement/summary.js';
import { rebuildDistrict } from './rebuild-district.js';

/**
 * The shape of the derived items (summaries, district-year items). When it changes, every
 * district's derived items are rebuilt from its source data once; version 2 brought the
 * district-year item (campaign digests, movement and award parts in one item per year); version 3
 * counts a model in every year of its life, an event held as both a review conference and the
 * festival day once, and keeps the `person` marks of once-only awards.
 */
export const DERIVED_ITEMS_VERSION = 3;

/**
 * Rebuilds the derived items when their shape changed, and carries models still active into a new
 * year: a model counts in every year up to the current one, so on the first run of a year each
 * district's movement part is recomputed (`modelsThrough` remembers the year done). Runs at every
 * local start; in AWS it is a deploy step, `npm run migrate` (`cli/migrate.ts`, docs/runbook.md).
 */
export async function migrateDerivedItems(data: DataAccess, log: Logger): Promise<number> {
  const platform = data.platform();
  const setting = await platform.get<{ version: number; modelsThrough?: number }>(keys.platformSetting('derived-items'));
  const year = currentYear();
  const shapeCurrent = (setting?.version ?? 0) >= DERIVED_ITEMS_VERSION;
  if (shapeCurrent && (setting?.modelsThrough ?? 0) >= year) return 0;
  const tenants = await listAllTenants(platform);
  for (const { tenantId } of tenants) {
    const ctx = { tenantId, repo: data.forTenant(tenantId), requestId: 'migration', user: { sub: 'migration', username: 'migration', displayName: 'Migration', roles: ['coordinator' as const], tenantId } };
    if (shapeCurrent) log.info('carrying models into the year', { tenantId, year, movementYears: await rebuildMovementSummaries(ctx) });
    else log.info('rebuilding derived items', { tenantId, ...(await rebuildDistrict(ctx)) });
  }
  await platform.commit([putItem(platform.tableName, { ...keys.platformSetting('derived-items'), version: DERIVED_ITEMS_VERSION, modelsThrough: year })], {
    actor: { sub: 'migration', username: 'migration' },
    action: 'platform.migrateDerivedItems',
    entityType: 'PlatformSetting',
    entityId: 'derived-items',
    after: { version: DERIVED_ITEMS_VERSION, modelsThrough: year, tenants: tenants.length },
  });
  return tenants.length;
}

import { keys, listAllTenants, putItem } from '@antq/db';
import type { DataAccess } from '../data-access.js';
import type { Logger } from '../log.js';
import { rebuildDistrict } from './rebuild-district.js';

/**
 * The shape of the derived items (summaries, district-year items). When it changes, every
 * district's derived items are rebuilt from its source data once; version 2 brought the
 * district-year item (campaign digests, movement and award parts in one item per year).
 */
export const DERIVED_ITEMS_VERSION = 2;

export async function migrateDerivedItems(data: DataAccess, log: Logger): Promise<number> {
  const platform = data.platform();
  const setting = await platform.get<{ version: number }>(keys.platformSetting('derived-items'));
  if ((setting?.version ?? 0) >= DERIVED_ITEMS_VERSION) return 0;
  const tenants = await listAllTenants(platform);
  for (const { tenantId } of tenants) {
    const ctx = { tenantId, repo: data.forTenant(tenantId), requestId: 'migration', user: { sub: 'migration', username: 'migration', displayName: 'Migration', roles: ['coordinator' as const], tenantId } };
    log.info('rebuilding derived items', { tenantId, ...(await rebuildDistrict(ctx)) });
  }
  await platform.commit([putItem(platform.tableName, { ...keys.platformSetting('derived-items'), version: DERIVED_ITEMS_VERSION })], {
    actor: { sub: 'migration', username: 'migration' },
    action: 'platform.migrateDerivedItems',
    entityType: 'PlatformSetting',
    entityId: 'derived-items',
    after: { version: DERIVED_ITEMS_VERSION, tenants: tenants.length },
  });
  return tenants.length;
}

import { type CatalogueDistrict, isoFromVietnameseDate, sortByName, type Tenant, type Ward } from '@antq/domain';
import { VersionConflictError } from './errors.js';
import { keys, partitions, sortKeyPrefixes } from './keys.js';
import { type Stored, strip } from './records.js';
import type { AuditEntry, Repository } from './repository.js';
import { createItem, putItem, setAttribute } from './writes.js';


/** Wards written per transaction (with its audit entry), under DynamoDB's 100 items. */
const WARDS_PER_TRANSACTION = 90;

/**
 * Onboards a district as a tenant with all its wards. However many wards it has (a province after
 * the 2025 reform has up to 168 communes), the wards go first, in transactions of up to 90 with
 * an audit entry each; they are catalogue copies, so writing one again changes nothing. The tenant
 * item, the province's and the platform's registry entries and the province index come last, in
 * one transaction: the tenant exists only once every ward does, and an onboarding cut short is
 * finished by running it again. Running it after it finished changes nothing.
 */
export async function onboardTenant(
  platform: Repository,
  unit: CatalogueDistrict,
  actor: AuditEntry['actor'],
  requestId?: string,
): Promise<{ tenant: Tenant; created: boolean }> {
  const tenantId = unit.district.id;
  const existing = await getTenant(platform, tenantId);
  if (existing) {
    await ensureIndexed(platform, existing, actor, requestId);
    return { tenant: existing, created: false };
  }

  const validFrom = isoFromVietnameseDate(unit.catalogueDate);
  const tenant: Tenant = {
    tenantId,
    level: 'district',
    name: unit.district.name,
    type: unit.district.type,
    provinceId: unit.province.id,
    provinceName: unit.province.name,
    wardCount: unit.wards.length,
    onboardedAt: new Date().toISOString(),
    catalogueDate: validFrom,
  };
  const wards: Ward[] = unit.wards.map((w) => ({ wardId: w.id, tenantId, name: w.name, type: w.type, validFrom }));
  const registry = summaryOf(tenant);
  const t = platform.tableName;
  for (let start = 0; start < wards.length; start += WARDS_PER_TRANSACTION) {
    const chunk = wards.slice(start, start + WARDS_PER_TRANSACTION);
    await platform.commit(
      chunk.map((w) => putItem(t, { ...keys.ward(tenantId, w.wardId), entity: 'Ward', ...w })),
      { tenantId, actor, action: 'tenant.onboard.wards', entityType: 'Tenant', entityId: tenantId, after: { from: start + 1, to: start + chunk.length, of: wards.length }, requestId },
    );
  }
  try {
    await platform.commit(
      [
        createItem(t, { ...keys.tenant(tenantId), entity: 'Tenant', ...tenant }),
        createItem(t, { ...keys.provinceTenant(tenant.provinceId, tenantId), entity: 'ProvinceTenant', ...registry }),
        createItem(t, { ...keys.platformTenant(tenantId), entity: 'PlatformTenant', ...registry }),
        setAttribute(t, keys.provinceIndex(tenant.provinceId), indexName(tenantId), registry, tenant.onboardedAt),
      ],
      { tenantId, actor, action: 'tenant.onboard', entityType: 'Tenant', entityId: tenantId, after: { ...tenant, wards: wards.length }, requestId },
    );
    return { tenant, created: true };
  } catch (error) {
    // Two operators onboarding the same district at once: the loser reports the winner's tenant.
    if (error instanceof VersionConflictError) {
      const winner = await getTenant(platform, tenantId);
      if (winner) return { tenant: winner, created: false };
    }
    throw error;
  }
}

const indexName = (tenantId: string) => `d#${tenantId}`;

const summaryOf = (tenant: Tenant): TenantSummary => ({
  tenantId: tenant.tenantId,
  name: tenant.name,
  type: tenant.type,
  provinceId: tenant.provinceId,
  provinceName: tenant.provinceName,
  wardCount: tenant.wardCount,
});

/** Tenants onboarded before the province index existed get their entry on the next (idempotent) onboarding. */
async function ensureIndexed(platform: Repository, tenant: Tenant, actor: AuditEntry['actor'], requestId?: string) {
  const index = await platform.get<Record<string, unknown>>(keys.provinceIndex(tenant.provinceId));
  if (index?.[indexName(tenant.tenantId)]) return;
  await platform.commit([setAttribute(platform.tableName, keys.provinceIndex(tenant.provinceId), indexName(tenant.tenantId), summaryOf(tenant), new Date().toISOString())], {
    tenantId: tenant.tenantId,
    actor,
    action: 'tenant.index',
    entityType: 'ProvinceIndex',
    entityId: tenant.provinceId,
    requestId,
  });
}

export async function getTenant(repo: Repository, tenantId: string): Promise<Tenant | undefined> {
  const item = await repo.get<Stored<Tenant>>(keys.tenant(tenantId));
  return item ? strip(item) : undefined;
}

/** The tenant's wards, sorted the Vietnamese way. */
export async function listWards(repo: Repository, tenantId: string): Promise<Ward[]> {
  const items = await repo.query<Stored<Ward>>({ pk: partitions.wardsOf(tenantId), skBeginsWith: sortKeyPrefixes.ward });
  return sortByName(items.map(strip), (w) => w.name);
}

export async function getWard(repo: Repository, tenantId: string, wardId: string): Promise<Ward | undefined> {
  const item = await repo.get<Stored<Ward>>(keys.ward(tenantId, wardId));
  return item ? strip(item) : undefined;
}

export interface TenantSummary {
  tenantId: string;
  name: string;
  type: string;
  provinceId: string;
  provinceName: string;
  wardCount: number;
}

/** Districts of a province that are onboarded (provincial staff read only these), from the one index item. */
export async function listProvinceTenants(repo: Repository, provinceId: string): Promise<TenantSummary[]> {
  const index = await repo.get<Record<string, unknown>>(keys.provinceIndex(provinceId));
  const entries = Object.entries(index ?? {}).filter(([name]) => name.startsWith('d#'));
  return sortByName(
    entries.map(([, value]) => value as TenantSummary),
    (t) => t.name,
  );
}

/** Every onboarded tenant, for the operator. */
export async function listAllTenants(platform: Repository): Promise<TenantSummary[]> {
  const items = await platform.query<Stored<TenantSummary>>({ pk: partitions.platformTenants });
  return sortByName(items.map(strip), (t) => t.name);
}

import { accountWrite, getAccount, keys, onboardTenant, putItem, type Repository } from '@antq/db';
import type { Account, CatalogueDistrict } from '@antq/domain';
import { issueAccount } from '../accounts/service.js';
import type { LocalIdentity } from '../auth/local-identity.js';
import { DEMO_PASSWORD, type DemoUser, demoDistricts, demoUsers } from './demo-data.js';
import { seedSampleCatalogues } from './sample-catalogues.js';

const seeder = { sub: 'seed', username: 'seed', displayName: 'Dữ liệu mẫu', roles: [] };

/**
 * Creates a demo account through the same path as any account (identity side, account item,
 * audit), then gives it the demo password as a permanent one; idempotent. Accounts kept in .data/
 * by a version before accounts existed are rewritten in the new shape.
 */
export async function ensureDemoAccount(platform: Repository, identity: LocalIdentity, user: Omit<DemoUser, 'description'>, password: string): Promise<boolean> {
  const existing = await platform.get<Account & { roles?: string[]; passwordHash?: string }>(keys.account(user.username));
  if (existing?.role) return false;
  const account = {
    username: user.username,
    displayName: user.displayName,
    role: user.roles[0]!,
    ...(user.tenantId && { tenantId: user.tenantId }),
    ...(user.wardId && { wardId: user.wardId }),
    ...(user.provinceId && { provinceId: user.provinceId }),
    email: `${user.username}@example.gov.vn`,
  };
  const ctx = { user: seeder, platform, identity, requestId: 'seed', findProvince: async () => undefined };
  if (existing) {
    // The old local user item held the password hash itself: keep the hash, move it to the credential.
    await platform.write(putItem(platform.tableName, { ...keys.localCredential(user.username), entity: 'LocalCredential', username: user.username, passwordHash: existing.passwordHash, mustChange: false, disabled: false }));
    const now = new Date().toISOString();
    const upgraded: Account = { ...account, status: 'active', createdBy: 'seed', createdAt: now, updatedAt: now, version: existing.version + 1 };
    await platform.write(accountWrite(platform, upgraded, existing.version));
    return false;
  }
  await issueAccount(ctx, account);
  await identity.setPermanentPassword(user.username, password);
  const created = (await getAccount(platform, user.username))!;
  const active = { ...created, status: 'active' as const, version: created.version + 1 };
  await platform.write(accountWrite(platform, active, created.version));
  return true;
}

/** Onboards the demo districts and creates the demo sign-ins; safe to run on every start. */
export async function seedDemo(
  platform: Repository,
  identity: LocalIdentity,
  findDistrict: (code: string) => Promise<CatalogueDistrict | undefined>,
  forTenant: (tenantId: string) => Repository,
): Promise<{ tenantsCreated: number; usersCreated: number; cataloguesCreated: number }> {
  let tenantsCreated = 0;
  let usersCreated = 0;
  let cataloguesCreated = 0;
  for (const { code } of demoDistricts) {
    const unit = await findDistrict(code);
    if (!unit) throw new Error(`Demo district ${code} is not in the catalogue`);
    if ((await onboardTenant(platform, unit, seeder)).created) tenantsCreated++;
    cataloguesCreated += await seedSampleCatalogues(forTenant(code), code);
  }
  for (const { description: _d, ...user } of demoUsers) {
    if (await ensureDemoAccount(platform, identity, user, DEMO_PASSWORD)) usersCreated++;
  }
  return { tenantsCreated, usersCreated, cataloguesCreated };
}

import { createItem, keys, onboardTenant, type Repository, VersionConflictError } from '@antq/db';
import type { CatalogueDistrict } from '@antq/domain';
import { hashPassword } from '../auth/passwords.js';
import type { LocalUser } from '../auth/local-issuer.js';
import { DEMO_PASSWORD, demoDistricts, demoUsers } from './demo-data.js';
import { seedSampleCatalogues } from './sample-catalogues.js';

const seeder = { sub: 'seed', username: 'seed' };

/** Creates a local account unless it exists (idempotent: a second run changes nothing). */
export async function ensureLocalUser(platform: Repository, user: Omit<LocalUser, 'passwordHash'>, password: string): Promise<boolean> {
  if (await platform.get(keys.localUser(user.username))) return false;
  const stored: LocalUser = { ...user, passwordHash: await hashPassword(password) };
  try {
    await platform.commit([createItem(platform.tableName, { ...keys.localUser(user.username), entity: 'LocalUser', ...stored })], {
      tenantId: user.tenantId,
      actor: seeder,
      action: 'user.create',
      entityType: 'LocalUser',
      entityId: user.username,
      after: { ...user },
    });
    return true;
  } catch (error) {
    if (error instanceof VersionConflictError) return false;
    throw error;
  }
}

/** Onboards the demo districts and creates the demo sign-ins; safe to run on every start. */
export async function seedDemo(
  platform: Repository,
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
    if (await ensureLocalUser(platform, user, DEMO_PASSWORD)) usersCreated++;
  }
  return { tenantsCreated, usersCreated, cataloguesCreated };
}

import type { TenantClients } from '../data-access.js';
import { type AssumedRoleOptions, assumedRoleClients } from './assumed-role-clients.js';

/**
 * In AWS every tenant-scoped request uses credentials of the TenantDataAccess role assumed with
 * the tenant as a session tag: IAM's LeadingKeys condition then confines them to `D#<tenant>`
 * and `D#<tenant>#*`, a second wall behind the repository's own key check.
 */
export function assumedRoleTenantClients(options: AssumedRoleOptions): TenantClients {
  return assumedRoleClients(options, (tenantId: string) => ({
    cacheKey: tenantId,
    input: { RoleSessionName: `tenant-${tenantId}`, Tags: [{ Key: 'TenantId', Value: tenantId }] },
  }));
}

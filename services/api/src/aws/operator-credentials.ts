import type { OperatorClients, OperatorSession } from '../data-access.js';
import { type AssumedRoleOptions, assumedRoleClients } from './assumed-role-clients.js';

/**
 * Platform work that touches a tenant's items (onboarding it, an account change audited in its
 * trail) runs on the OperatorDataAccess role assumed with that tenant (and, for onboarding, its
 * province) as session tags: IAM lets the session reach `D#<tenant>` and `D#<tenant>#AUDIT`,
 * `P#<province>#*` and the platform's own partitions, nothing of any other district.
 */
export function assumedRoleOperatorClients(options: AssumedRoleOptions): OperatorClients {
  return assumedRoleClients(options, ({ tenantId, provinceId }: OperatorSession) => ({
    cacheKey: `${tenantId}:${provinceId ?? ''}`,
    input: {
      RoleSessionName: `operator-${tenantId}${provinceId ? `-${provinceId}` : ''}`,
      Tags: [{ Key: 'TenantId', Value: tenantId }, ...(provinceId ? [{ Key: 'ProvinceId', Value: provinceId }] : [])],
    },
  }));
}

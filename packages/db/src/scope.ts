import { provincePartitionPrefix, tenantPartition } from './keys.js';

/**
 * What a repository may touch. The check runs on every key before any request leaves the
 * process, so a bug in a handler cannot read or write another tenant's items; in AWS the
 * same rule is enforced a second time by IAM on the tenant's credentials.
 */
export interface KeyScope {
  readonly name: string;
  readonly readOnly: boolean;
  owns(partitionKey: string): boolean;
}

export function tenantScope(tenantId: string): KeyScope {
  const exact = tenantPartition(tenantId);
  const prefix = `${exact}#`;
  return {
    name: `tenant ${tenantId}`,
    readOnly: false,
    owns: (pk) => pk === exact || pk.startsWith(prefix),
  };
}

/** Provincial staff read their province's items and the listed districts' items, and write nothing. */
export function provinceScope(provinceId: string, tenantIds: readonly string[] = []): KeyScope {
  const own = provincePartitionPrefix(provinceId);
  const tenants = tenantIds.map(tenantScope);
  return {
    name: `province ${provinceId}`,
    readOnly: true,
    owns: (pk) => pk.startsWith(own) || tenants.some((t) => t.owns(pk)),
  };
}

/** The platform itself (operator procedures, seeds, the local issuer): every key. */
export const platformScope: KeyScope = { name: 'platform', readOnly: false, owns: () => true };

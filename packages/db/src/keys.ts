/**
 * Key builders: the only place keys are made. Every tenant-owned partition key is `D#<district>`
 * or begins with `D#<district>#`, so that IAM's `dynamodb:LeadingKeys` can confine a tenant's
 * credentials to `D#<district>` and `D#<district>#*` (the trailing `#` keeps `D#12` out of `D#123`).
 * Province-owned items begin with `P#<province>#`; platform items (registry, local users) with their own prefix.
 */
export interface ItemKey {
  PK: string;
  SK: string;
}

export const tenantPartition = (tenantId: string): string => `D#${tenantId}`;
export const provincePartitionPrefix = (provinceId: string): string => `P#${provinceId}#`;

export const keys = {
  tenant: (tenantId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: 'TENANT' }),
  ward: (tenantId: string, wardId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `WARD#${wardId}` }),
  /** Append-only audit trail of a tenant, ordered by time. */
  audit: (tenantId: string, at: string, id: string): ItemKey => ({ PK: `D#${tenantId}#AUDIT`, SK: `${at}#${id}` }),
  /** Audit of changes that belong to no tenant (local accounts, platform settings). */
  platformAudit: (at: string, id: string): ItemKey => ({ PK: 'PLATFORM#AUDIT', SK: `${at}#${id}` }),
  idempotency: (tenantId: string, key: string): ItemKey => ({ PK: `D#${tenantId}#IDEM#${key}`, SK: 'IDEM' }),
  /** The province's list of onboarded districts: what provincial staff may read. */
  provinceTenant: (provinceId: string, tenantId: string): ItemKey => ({
    PK: `${provincePartitionPrefix(provinceId)}TENANTS`,
    SK: tenantPartition(tenantId),
  }),
  /** The platform's registry of tenants, for the operator. */
  platformTenant: (tenantId: string): ItemKey => ({ PK: 'PLATFORM#TENANTS', SK: tenantPartition(tenantId) }),
  /** Accounts of the local token issuer (in AWS, Cognito holds them). */
  localUser: (username: string): ItemKey => ({ PK: `USER#${username.toLowerCase()}`, SK: 'PROFILE' }),
} as const;

export const sortKeyPrefixes = {
  ward: 'WARD#',
  provinceTenant: 'D#',
} as const;

export const partitions = {
  wardsOf: (tenantId: string) => tenantPartition(tenantId),
  auditOf: (tenantId: string) => `D#${tenantId}#AUDIT`,
  tenantsOfProvince: (provinceId: string) => `${provincePartitionPrefix(provinceId)}TENANTS`,
  platformTenants: 'PLATFORM#TENANTS',
} as const;

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

/**
 * Partitions that belong to no tenant and no province: the platform's registry, settings, audit
 * and outbox, accounts, sign-in counters, signed-out tokens. In AWS the API function's own role may
 * touch these, read the provinces' registries, and reach no district's partition
 * (`infra/lib/platform-access.ts`); `keys.test.ts` checks every key builder against this list, so
 * a new prefix cannot be forgotten here and then refused by IAM.
 */
export const platformPartitionPrefixes = ['PLATFORM#', 'USER#', 'SIGNIN#', 'REVOKED#'] as const;
/** GSI1 partitions of the platform: account listings by province, and the operators. */
export const platformIndexPartitionPrefixes = ['ACCOUNTS#'] as const;
/** Zero-padded so that versions and submissions sort in order as strings. */
const pad = (n: number): string => String(n).padStart(4, '0');
const campaignPartition = (tenantId: string, campaignId: string): string => `D#${tenantId}#CAMPAIGN#${campaignId}`;

export const keys = {
  tenant: (tenantId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: 'TENANT' }),
  ward: (tenantId: string, wardId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `WARD#${wardId}` }),
  /** A criteria catalogue's head (title, latest version) and its immutable versions. */
  catalogue: (tenantId: string, catalogueId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `CATALOGUE#${catalogueId}` }),
  catalogueVersion: (tenantId: string, catalogueId: string, version: number): ItemKey => ({
    PK: `D#${tenantId}#CATALOGUE#${catalogueId}`,
    SK: `V#${pad(version)}`,
  }),
  campaign: (tenantId: string, campaignId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `CAMPAIGN#${campaignId}` }),
  /** The district summary of a campaign: one item the dashboard reads. */
  campaignSummary: (tenantId: string, campaignId: string): ItemKey => ({ PK: campaignPartition(tenantId, campaignId), SK: 'SUMMARY' }),
  plan: (tenantId: string, campaignId: string, wardId: string): ItemKey => ({
    PK: campaignPartition(tenantId, campaignId),
    SK: `PLAN#${wardId}`,
  }),
  planSubmission: (tenantId: string, campaignId: string, wardId: string, n: number): ItemKey => ({
    PK: campaignPartition(tenantId, campaignId),
    SK: `PLAN#${wardId}#SUB#${pad(n)}`,
  }),
  assessment: (tenantId: string, campaignId: string, wardId: string): ItemKey => ({
    PK: campaignPartition(tenantId, campaignId),
    SK: `ASSESSMENT#${wardId}`,
  }),
  assessmentSubmission: (tenantId: string, campaignId: string, wardId: string, n: number): ItemKey => ({
    PK: campaignPartition(tenantId, campaignId),
    SK: `ASSESSMENT#${wardId}#SUB#${pad(n)}`,
  }),
  /** A movement record (model, commitment, forum, conference, programme) of the district. */
  movementRecord: (tenantId: string, type: string, recordId: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `REC#${type}#${recordId}` }),
  /** A programme's activities and joint reports live under the programme. */
  programmeChild: (tenantId: string, programmeId: string, type: string, recordId: string): ItemKey => ({
    PK: `D#${tenantId}#PROGRAMME#${programmeId}`,
    SK: `${type.toUpperCase()}#${recordId}`,
  }),
  /**
   * The district's figures of one year in one item, so that a provincial report reads one item per
   * district: a digest per campaign (`k#<campaignId>`, per-ward lines), one contribution per
   * movement record (`c#…`) and one entry per award outcome (`o#…`), each kept in the transaction
   * of the change it reflects.
   */
  districtYear: (tenantId: string, year: number): ItemKey => ({ PK: tenantPartition(tenantId), SK: `YEAR#${year}` }),
  nomination: (tenantId: string, id: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `NOMINATION#${id}` }),
  decision: (tenantId: string, id: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `DECISION#${id}` }),
  outcome: (tenantId: string, id: string): ItemKey => ({ PK: tenantPartition(tenantId), SK: `OUTCOME#${id}` }),
  /**
   * Marks that make award rules hold under concurrency: created only if absent, in the decision's
   * transaction. `person` marks are not exclusive: one attribute per person given a once-only form
   * under a name and unit, to warn of a likely duplicate when a birth year is missing.
   */
  awardRule: (tenantId: string, rule: 'achievement' | 'once' | 'person', digest: string): ItemKey => ({ PK: `D#${tenantId}#AWARDRULE#${rule}#${digest}`, SK: 'RULE' }),
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
  /** One item listing the province's onboarded districts (`d#<district>` attributes): a report reads it once. */
  provinceIndex: (provinceId: string): ItemKey => ({ PK: `${provincePartitionPrefix(provinceId)}TENANTS`, SK: 'INDEX' }),
  /** The platform's registry of tenants, for the operator. */
  platformTenant: (tenantId: string): ItemKey => ({ PK: 'PLATFORM#TENANTS', SK: tenantPartition(tenantId) }),
  /** A platform setting, such as the version of the derived items' shape a table was last migrated to. */
  platformSetting: (name: string): ItemKey => ({ PK: 'PLATFORM#SETTINGS', SK: name }),
  /** A person's account (both worlds); in AWS Cognito holds the password, locally the credential item does. */
  account: (username: string): ItemKey => ({ PK: `USER#${username.toLowerCase()}`, SK: 'PROFILE' }),
  /** The local issuer's password hash and one-time state (Cognito's part, on one machine). */
  localCredential: (username: string): ItemKey => ({ PK: `USER#${username.toLowerCase()}`, SK: 'CREDENTIAL' }),
  /** A refresh token of the local issuer, by its hash. */
  localRefresh: (username: string, tokenHash: string): ItemKey => ({ PK: `USER#${username.toLowerCase()}`, SK: `REFRESH#${tokenHash}` }),
  /** Failed sign-ins of one username or one address, to slow and then refuse guessing. */
  signInThrottle: (kind: 'user' | 'address', value: string): ItemKey => ({ PK: `SIGNIN#${kind}#${value.toLowerCase()}`, SK: 'THROTTLE' }),
  /** A signed-out ID token, refused until it would have expired anyway (then the item expires too). */
  revokedToken: (tokenId: string): ItemKey => ({ PK: `REVOKED#${tokenId}`, SK: 'TOKEN' }),
  /** A message the local stack "sends" (codes, invitations): what an operator reads in the outbox. */
  outboxMessage: (at: string, id: string): ItemKey => ({ PK: 'PLATFORM#OUTBOX', SK: `${at}#${id}` }),
} as const;

export const sortKeyPrefixes = {
  ward: 'WARD#',
  catalogue: 'CATALOGUE#',
  campaign: 'CAMPAIGN#',
  catalogueVersion: 'V#',
  plan: 'PLAN#',
  assessment: 'ASSESSMENT#',
  movementRecord: (type: string) => `REC#${type}#`,
  districtYear: 'YEAR#',
  nomination: 'NOMINATION#',
  decision: 'DECISION#',
  outcome: 'OUTCOME#',
  provinceTenant: 'D#',
} as const;

export const partitions = {
  wardsOf: (tenantId: string) => tenantPartition(tenantId),
  tenant: (tenantId: string) => tenantPartition(tenantId),
  campaign: campaignPartition,
  programme: (tenantId: string, programmeId: string) => `D#${tenantId}#PROGRAMME#${programmeId}`,
  /** GSI1 partition of a ward's timeline of movement records. */
  wardTimeline: (tenantId: string, wardId: string) => `D#${tenantId}#WARD#${wardId}`,
  catalogueVersions: (tenantId: string, catalogueId: string) => `D#${tenantId}#CATALOGUE#${catalogueId}`,
  auditOf: (tenantId: string) => `D#${tenantId}#AUDIT`,
  tenantsOfProvince: (provinceId: string) => `${provincePartitionPrefix(provinceId)}TENANTS`,
  platformTenants: 'PLATFORM#TENANTS',
  outbox: 'PLATFORM#OUTBOX',
  /** GSI1 partitions of accounts: a province's (its districts' people and its own staff), and the operators'. */
  accountsOfProvince: (provinceId: string) => `ACCOUNTS#P#${provinceId}`,
  operatorAccounts: 'ACCOUNTS#OPERATORS',
} as const;

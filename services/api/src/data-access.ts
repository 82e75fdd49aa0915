import {
  createDocumentClient,
  createDynamoClient,
  type DbContext,
  platformScope,
  provinceScope,
  Repository,
  ScopeViolationError,
  tenantScope,
} from '@antq/db';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProvinceClients } from './aws/province-credentials.js';
import type { ApiConfig } from './config.js';

/** Hands out repositories confined to the caller's scope. */
export interface DataAccess {
  forTenant(tenantId: string): Repository;
  forProvince(provinceId: string, tenantIds?: readonly string[]): Repository;
  platform(): Repository;
}

/** Supplies a document client whose credentials are limited to one tenant (AWS) or shared (local). */
export type TenantClients = (tenantId: string) => DynamoDBDocumentClient;

/** The tenant (and province) one request of platform work touches, as the operator session's tags. */
export interface OperatorSession {
  tenantId: string;
  provinceId?: string;
}

/** Supplies a document client on the operator role, confined to one tenant's head and audit partitions (AWS). */
export type OperatorClients = (session: OperatorSession) => DynamoDBDocumentClient;

/**
 * The operator session a platform request needs, from the partitions it touches: none when it
 * touches only the platform's own, or only reads provinces' registries (the function's role
 * serves those), else its one district and at most one province. It refuses what IAM would
 * refuse in AWS (infra/lib/platform-access.ts, operator-access.ts), locally too: two districts
 * in one request, a province's registry written without its district, and any district
 * partition but `D#<t>` and `D#<t>#AUDIT`.
 */
export function operatorSessionFor(partitionKeys: readonly string[], write = false): OperatorSession | undefined {
  const tenants = new Set<string>();
  const provinces = new Set<string>();
  for (const pk of partitionKeys) {
    const district = /^D#([^#]+)(#AUDIT)?$/.exec(pk);
    if (district) tenants.add(district[1]!);
    else if (pk.startsWith('D#')) throw new ScopeViolationError("platform (a district's head and audit partitions only)", pk);
    const province = /^P#([^#]+)#/.exec(pk);
    if (province) provinces.add(province[1]!);
  }
  if (tenants.size === 0 && (provinces.size === 0 || !write)) return undefined;
  const [tenantId] = tenants;
  if (tenants.size !== 1 || provinces.size > 1 || !tenantId) {
    throw new ScopeViolationError('platform (one district per request)', [...partitionKeys].join(', '));
  }
  const [provinceId] = provinces;
  return provinceId ? { tenantId, provinceId } : { tenantId };
}

/**
 * In AWS, tenant and provincial requests get credentials confined by IAM (see aws/), and platform
 * work runs on the function's own role, which reaches the platform's partitions only, except where
 * it touches a district's items: those requests go to an operator session for that district.
 * Locally one shared client serves all, and the repositories' own scope checks are the wall.
 */
export function createDataAccess(
  config: Pick<ApiConfig, 'tableName' | 'region' | 'dynamoEndpoint' | 'dynamoTimeoutMs'>,
  tenantClients?: TenantClients,
  provinceClients?: ProvinceClients,
  operatorClients?: OperatorClients,
): DataAccess {
  const doc = createDocumentClient(createDynamoClient({ region: config.region, endpoint: config.dynamoEndpoint, timeoutMs: config.dynamoTimeoutMs }));
  const shared: DbContext = { doc, tableName: config.tableName };
  // Locally the shared client serves every platform request, but after the same checks as in AWS.
  const platformClient = (partitionKeys: readonly string[], write: boolean): DynamoDBDocumentClient => {
    const session = operatorSessionFor(partitionKeys, write);
    return session && operatorClients ? operatorClients(session) : doc;
  };
  const tenantContext = (tenantId: string): DbContext =>
    tenantClients ? { doc: tenantClients(tenantId), tableName: config.tableName } : shared;
  return {
    forTenant: (tenantId) => new Repository(tenantScope(tenantId), tenantContext(tenantId)),
    forProvince: (provinceId, tenantIds = []) =>
      new Repository(provinceScope(provinceId, tenantIds), provinceClients ? { doc: provinceClients(provinceId, tenantIds), tableName: config.tableName } : shared),
    platform: () => new Repository(platformScope, { ...shared, clientFor: platformClient }),
  };
}

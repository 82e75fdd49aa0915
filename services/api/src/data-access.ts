import {
  createDocumentClient,
  createDynamoClient,
  type DbContext,
  platformScope,
  provinceScope,
  Repository,
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

/**
 * In AWS, tenant and provincial requests get credentials confined by IAM (see aws/); locally one
 * shared client serves all, and the repositories' own scope checks are the wall.
 */
export function createDataAccess(
  config: Pick<ApiConfig, 'tableName' | 'region' | 'dynamoEndpoint' | 'dynamoTimeoutMs'>,
  tenantClients?: TenantClients,
  provinceClients?: ProvinceClients,
): DataAccess {
  const doc = createDocumentClient(createDynamoClient({ region: config.region, endpoint: config.dynamoEndpoint, timeoutMs: config.dynamoTimeoutMs }));
  const shared: DbContext = { doc, tableName: config.tableName };
  const tenantContext = (tenantId: string): DbContext =>
    tenantClients ? { doc: tenantClients(tenantId), tableName: config.tableName } : shared;
  return {
    forTenant: (tenantId) => new Repository(tenantScope(tenantId), tenantContext(tenantId)),
    forProvince: (provinceId, tenantIds = []) =>
      new Repository(provinceScope(provinceId, tenantIds), provinceClients ? { doc: provinceClients(provinceId, tenantIds), tableName: config.tableName } : shared),
    platform: () => new Repository(platformScope, shared),
  };
}

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AssumedRoleOptions, assumedRoleClients } from './assumed-role-clients.js';

/** The read actions a provincial session may use: nothing that writes, and never Scan. */
export const provinceReadActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;

/**
 * The session policy of a provincial read: the province's own items and the onboarded districts'
 * partitions, read-only. IAM intersects it with the ProvinceReadAccess role's policy, so even a
 * bug in the API cannot read a district of another province or write anything.
 */
export function provinceSessionPolicy(provinceId: string, tenantIds: readonly string[]): string {
  const leadingKeys = [`P#${provinceId}#*`, ...tenantIds.flatMap((t) => [`D#${t}`, `D#${t}#*`])];
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: [...provinceReadActions], Resource: '*', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': leadingKeys } } }],
  });
}

export type ProvinceClients = (provinceId: string, tenantIds: readonly string[]) => DynamoDBDocumentClient;

/** Provincial credentials per province and set of districts: read-only, narrowed by the session policy. */
export function assumedRoleProvinceClients(options: AssumedRoleOptions): ProvinceClients {
  return assumedRoleClients(options, (provinceId: string, tenantIds: readonly string[]) => ({
    cacheKey: `${provinceId}:${[...tenantIds].sort().join(',')}`,
    input: { RoleSessionName: `province-${provinceId}`, Tags: [{ Key: 'ProvinceId', Value: provinceId }], Policy: provinceSessionPolicy(provinceId, tenantIds) },
  }));
}

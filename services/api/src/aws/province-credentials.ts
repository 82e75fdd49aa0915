import { createDocumentClient, createDynamoClient } from '@antq/db';
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const SESSION_SECONDS = 900;
const REFRESH_MARGIN_MS = 60_000;

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

/** Provincial credentials per province and set of districts, cached for the session's lifetime. */
export function assumedRoleProvinceClients(options: { sts: STSClient; roleArn: string; region: string; now?: () => number }): ProvinceClients {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { doc: DynamoDBDocumentClient; expires: number }>();
  return (provinceId, tenantIds) => {
    const cacheKey = `${provinceId}:${[...tenantIds].sort().join(',')}`;
    const hit = cache.get(cacheKey);
    if (hit && hit.expires - REFRESH_MARGIN_MS > now()) return hit.doc;
    let expires = now() + SESSION_SECONDS * 1000;
    const credentials = async () => {
      const out = await options.sts.send(
        new AssumeRoleCommand({
          RoleArn: options.roleArn,
          RoleSessionName: `province-${provinceId}`,
          DurationSeconds: SESSION_SECONDS,
          Tags: [{ Key: 'ProvinceId', Value: provinceId }],
          Policy: provinceSessionPolicy(provinceId, tenantIds),
        }),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
      expires = c.Expiration?.getTime() ?? expires;
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
    };
    const doc = createDocumentClient(createDynamoClient({ region: options.region, credentials }));
    cache.set(cacheKey, { doc, expires });
    return doc;
  };
}

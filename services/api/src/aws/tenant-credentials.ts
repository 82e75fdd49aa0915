import { createDocumentClient, createDynamoClient } from '@antq/db';
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TenantClients } from '../data-access.js';

const SESSION_SECONDS = 900;
const REFRESH_MARGIN_MS = 60_000;

/**
 * In AWS every tenant-scoped request uses credentials of the TenantDataAccess role assumed with
 * the tenant as a session tag: IAM's LeadingKeys condition then confines them to `D#<tenant>`
 * and `D#<tenant>#*`, a second wall behind the repository's own key check. Sessions are cached
 * per tenant for their lifetime so a warm Lambda assumes the role once per tenant per 15 minutes.
 */
export function assumedRoleTenantClients(options: {
  sts: STSClient;
  roleArn: string;
  region: string;
  now?: () => number;
}): TenantClients {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { doc: DynamoDBDocumentClient; expires: number }>();
  return (tenantId) => {
    const hit = cache.get(tenantId);
    if (hit && hit.expires - REFRESH_MARGIN_MS > now()) return hit.doc;
    let expires = now() + SESSION_SECONDS * 1000;
    const credentials = async () => {
      const out = await options.sts.send(
        new AssumeRoleCommand({
          RoleArn: options.roleArn,
          RoleSessionName: `tenant-${tenantId}`,
          DurationSeconds: SESSION_SECONDS,
          Tags: [{ Key: 'TenantId', Value: tenantId }],
        }),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
      expires = c.Expiration?.getTime() ?? expires;
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
    };
    const doc = createDocumentClient(createDynamoClient({ region: options.region, credentials }));
    cache.set(tenantId, { doc, expires });
    return doc;
  };
}

import { createDocumentClient, createDynamoClient } from '@antq/db';
import { AssumeRoleCommand, type AssumeRoleCommandInput, type STSClient } from '@aws-sdk/client-sts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export const SESSION_SECONDS = 900;
const REFRESH_MARGIN_MS = 60_000;

export interface AssumedRoleOptions {
  sts: STSClient;
  roleArn: string;
  region: string;
  now?: () => number;
}

/**
 * DynamoDB clients whose credentials come from assuming a role with per-session tags (and, for
 * provincial reads, a session policy). Clients are cached per session key for the session's
 * lifetime, so a warm Lambda assumes the role once per tenant or province every 15 minutes.
 */
export function assumedRoleClients<A extends unknown[]>(
  options: AssumedRoleOptions,
  session: (...args: A) => { cacheKey: string; input: Omit<AssumeRoleCommandInput, 'RoleArn' | 'DurationSeconds'> },
): (...args: A) => DynamoDBDocumentClient {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { doc: DynamoDBDocumentClient; expires: number }>();
  return (...args) => {
    const { cacheKey, input } = session(...args);
    const hit = cache.get(cacheKey);
    if (hit && hit.expires - REFRESH_MARGIN_MS > now()) return hit.doc;
    let expires = now() + SESSION_SECONDS * 1000;
    const credentials = async () => {
      const out = await options.sts.send(new AssumeRoleCommand({ RoleArn: options.roleArn, DurationSeconds: SESSION_SECONDS, ...input }));
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

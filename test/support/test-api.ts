import { randomUUID } from 'node:crypto';
import { createDynamoClient, ensureTable } from '@antq/db';
import {
  appRouter,
  catalogueLookup,
  type Context,
  createCallerFactory,
  createLocalApi,
  createLogger,
  demoUsers,
  provinceLookup,
  type ThrottlePolicy,
  readConfig,
  seedDemo,
} from '@antq/api/local';
import type { SessionUser } from '@antq/domain';
import { inject } from 'vitest';

const createCaller = createCallerFactory(appRouter);

/**
 * The real API on DynamoDB Local, on a fresh table of its own (so test files never share data),
 * with the demo tenants and accounts seeded. `callerAs` drives tRPC procedures directly;
 * `app.request` drives the same app over HTTP.
 */
export async function createTestApi(options: { seed?: boolean; throttle?: ThrottlePolicy } = {}) {
  const endpoint = inject('dynamoEndpoint');
  const tableName = `test-${randomUUID()}`;
  const client = createDynamoClient({ region: 'local', endpoint });
  await ensureTable(client, tableName);
  const config = readConfig({ DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: tableName });
  const log = createLogger('silent');
  const { app, issuer, identity, data } = await createLocalApi(config, { log, throttle: options.throttle });
  const findDistrict = catalogueLookup(config.cataloguePath);
  const findProvince = provinceLookup(config.cataloguePath);
  if (options.seed ?? true) await seedDemo(data.platform(), identity, findDistrict, data.forTenant);

  const demoUser = (username: string) => {
    const user = demoUsers.find((u) => u.username === username);
    if (!user) throw new Error(`No demo user ${username}`);
    return user;
  };
  const sessionUser = (username: string): SessionUser => {
    const { description: _d, ...u } = demoUser(username);
    return { sub: `local:${u.username}`, ...u };
  };
  function callerFor(user: SessionUser | undefined) {
    const ctx: Context = { user, requestId: randomUUID(), log, data, identity, findDistrict, findProvince };
    return createCaller(ctx);
  }
  return {
    app,
    issuer,
    identity,
    data,
    client,
    tableName,
    config,
    findDistrict,
    sessionUser,
    /** A tRPC caller with the context the HTTP path would build for this demo user. */
    callerAs(username: string | undefined) {
      return callerFor(username ? sessionUser(username) : undefined);
    },
    /** A caller for any identity (e.g. the officer of another ward), as a verified token would give it. */
    callerFor,
    async tokenFor(username: string, lifetimeSeconds?: number) {
      const { description: _d, ...user } = demoUser(username);
      return (await issuer.issue(user, lifetimeSeconds)).token;
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

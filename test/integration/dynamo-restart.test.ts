import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAntqClient, signIn } from '@antq/client';
import { catalogueLookup, createLocalApi, createLogger, readConfig, seedDemo, startDynamoLocal, type DynamoLocal } from '@antq/api/local';
import { createDynamoClient, ensureTable } from '@antq/db';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { key } from '../support/ids.js';

/**
 * DynamoDB Local (on disk) is stopped in the middle of a burst of ward submissions and started
 * again on the same port: the requests that met it down are answered 503, the ward client retries
 * them with the same idempotency keys, and afterwards every submission is there exactly once and
 * the district's figures equal their recomputation from the records.
 */
let dir: string;
let dynamo: DynamoLocal;
let port: number;
let baseUrl: string;
let close: () => void;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'antq-dynamo-restart-'));
  dynamo = await startDynamoLocal({ dbPath: dir });
  port = dynamo.port;
  const tableName = 'restart';
  await ensureTable(createDynamoClient({ region: 'local', endpoint: dynamo.endpoint }), tableName);
  const config = readConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_NAME: tableName, DYNAMODB_TIMEOUT_MS: '1000' });
  const { app, data, identity } = await createLocalApi(config, { log: createLogger('silent') });
  await seedDemo(data.platform(), identity, catalogueLookup(config.cataloguePath), data.forTenant);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0 }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
}, 120_000);
afterAll(async () => {
  close?.();
  await dynamo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('DynamoDB stopped and started again mid-burst', () => {
  it('503s while it is down, retried submissions land exactly once, figures equal their recomputation', async () => {
    const officer = createAntqClient({ baseUrl, token: (await signIn(baseUrl, 'phuong.ducninhdong', 'Antq@2025')).token, retries: 10 });
    const district = createAntqClient({ baseUrl, token: (await signIn(baseUrl, 'dieuphoi.donghoi', 'Antq@2025')).token, retries: 10 });
    const statuses: number[] = [];
    const watched = async (url: string) => statuses.push((await fetch(url)).status);

    const forums = Array.from({ length: 30 }, (_, i) => ({
      fields: { wardId: '18880', title: `Hội nghị đối thoại số ${i + 1}`, date: '2025-05-19', place: 'Nhà văn hóa', attendance: 40 + i, opinions: [{ text: 'Đèn đường', handling: 'accepted' as const, acceptedOn: '2025-05-19' }] },
      expectedVersion: 0,
      idempotencyKey: key(),
    }));
    const saved: Array<{ recordId: string }> = [];
    let savedWhenStopped = -1;
    let savedWhenBack = -1;
    const outage = (async () => {
      while (saved.length < 5) await new Promise((r) => setTimeout(r, 20));
      await dynamo.stop();
      savedWhenStopped = saved.length;
      await watched(`${baseUrl}/health/ready`);
      await new Promise((r) => setTimeout(r, 1500));
      savedWhenBack = saved.length;
      dynamo = await startDynamoLocal({ dbPath: dir, port });
      expect(dynamo.port).toBe(port);
    })();
    for (const input of forums) saved.push(await officer.records.forums.save.mutate(input));
    await outage;

    expect(statuses).toEqual([503]);
    // The burst really met the outage: it was under way when DynamoDB stopped and had not moved on while it was down.
    expect(savedWhenStopped).toBeGreaterThanOrEqual(5);
    expect(savedWhenStopped).toBeLessThan(30);
    expect(savedWhenBack - savedWhenStopped).toBeLessThanOrEqual(1);
    expect(new Set(saved.map((r) => r.recordId)).size).toBe(30);
    const stored = (await district.records.forums.list.query({ year: 2025 })).filter((f) => f.fields.title.startsWith('Hội nghị đối thoại số'));
    expect(stored).toHaveLength(30);
    const figures = await district.reports.district.query({ year: 2025 });
    const recomputed = await district.reports.recomputed.query({ year: 2025 });
    expect(figures.row).toEqual(recomputed.row);
    expect(figures.row.forums).toBe(30);
    expect(figures.row.opinionsReceived).toBe(30);
  });
});

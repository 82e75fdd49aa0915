import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { appendItem, keys, replaceItem, setMapEntry, toItem } from '@antq/db';
import { assessmentDigest, assessmentLine, type CatalogueContent, type SessionUser, type WardAssessment, yearItemNames } from '@antq/domain';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { type ReadCounter, totalMs, transactionShape } from './counting-client.js';
import { percentile, timed } from './measure.js';
import { type Caller, entriesFor } from './seed.js';

export interface WardTarget {
  user: SessionUser;
  campaignId: string;
  version: number;
}

export interface Latencies {
  p50: number;
  p95: number;
}

const WARM_UP = 20;
const stats = (samples: number[]): Latencies => ({ p50: percentile(samples, 50), p95: percentile(samples, 95) });

/**
 * A ward officer saving a 34-criteria self-assessment, three ways, interleaved so that drift in
 * DynamoDB Local, the JIT or load on the machine hits all alike: over HTTP (token check, tRPC, the
 * procedure's reads and its transaction), in process through the tRPC caller (no HTTP), and as the bare
 * TransactWriteItems the procedure sends (head, two summary lines, audit, idempotency record).
 */
export async function measureSubmission(options: {
  app: { fetch: (request: Request) => Response | Promise<Response> };
  token: string;
  http: WardTarget;
  caller: Caller;
  counter: ReadCounter;
  bare: WardTarget;
  doc: DynamoDBDocumentClient;
  tableName: string;
  catalogue: CatalogueContent;
  year: number;
  samples: number;
}) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: options.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc/assessments.save`;
  const { http, bare } = options;
  let version = http.version;
  const input = (i: number) => ({ campaignId: http.campaignId, wardId: http.user.wardId!, entries: entriesFor(options.catalogue, i), expectedVersion: version, idempotencyKey: `bench-${randomUUID()}` });

  const overHttp = async (i: number) => {
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' }, body: JSON.stringify(input(i)) });
    const body = (await res.json()) as { result?: { data: WardAssessment } };
    if (!res.ok || !body.result) throw new Error(`assessments.save answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
    version = body.result.data.version;
  };
  // In process, through the counting client: its wait on DynamoDB splits into reads and the write.
  const split = { reads: [] as number[], write: [] as number[] };
  const inProcess = async (i: number) => {
    const { result, read } = await options.counter.measure(() => options.caller.assessments.save(input(i)));
    version = result.version;
    if (i < WARM_UP) return;
    split.write.push(read.ms.TransactWriteItems ?? 0);
    split.reads.push(totalMs(read) - (read.ms.TransactWriteItems ?? 0));
  };
  const bareTransaction = await bareTransactionOf(options);

  const samples = { http: [] as number[], caller: [] as number[], bare: [] as number[] };
  try {
    for (let i = 0; i < WARM_UP + options.samples; i++) {
      const h = await timed(() => overHttp(i));
      const c = await timed(() => inProcess(i));
      const b = await timed(() => bareTransaction.send(i));
      if (i < WARM_UP) continue;
      samples.http.push(h.ms);
      samples.caller.push(c.ms);
      samples.bare.push(b.ms);
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return {
    http: stats(samples.http),
    caller: stats(samples.caller),
    callerReads: stats(split.reads),
    callerWrite: stats(split.write),
    bare: stats(samples.bare),
    bareShape: bareTransaction.shape,
  };
}

/**
 * The transaction `assessments.save` commits, built with the data layer's own write helpers on
 * another ward's draft (same campaign shape, same item sizes), sent straight to the client.
 */
async function bareTransactionOf(options: Parameters<typeof measureSubmission>[0]) {
  const { doc, tableName: t, catalogue, year, bare } = options;
  const tenantId = bare.user.tenantId!;
  const wardId = bare.user.wardId!;
  const headKey = keys.assessment(tenantId, bare.campaignId, wardId);
  const stored = (await doc.send(new GetCommand({ TableName: t, Key: headKey }))).Item as WardAssessment & Record<string, unknown>;
  const { PK: _pk, SK: _sk, entity: _e, ...rest } = stored;
  let current = rest as unknown as WardAssessment;
  let shape = { items: 0, bytes: 0 };
  return {
    get shape() {
      return shape;
    },
    async send(i: number) {
      const now = new Date().toISOString();
      const entries = entriesFor(catalogue, i);
      const head: WardAssessment = { ...current, entries, version: current.version + 1, updatedAt: now };
      const line = assessmentLine(catalogue, head);
      const idempotencyKey = `bench-${randomUUID()}`;
      const request = { campaignId: bare.campaignId, wardId, entries, expectedVersion: current.version };
      const TransactItems = [
        replaceItem(t, toItem(headKey, 'WardAssessment', head), current.version),
        setMapEntry(t, keys.campaignSummary(tenantId, bare.campaignId), ['wards', wardId, 'assessment'], line, now),
        setMapEntry(t, keys.districtYear(tenantId, year), [yearItemNames.campaign(bare.campaignId), 'wards', wardId, 'assessment'], assessmentDigest(line), now),
        appendItem(t, {
          ...keys.audit(tenantId, now, randomUUID()),
          entity: 'Audit',
          action: 'assessment.save',
          entityType: 'WardAssessment',
          entityId: `${bare.campaignId}/${wardId}`,
          before: current,
          after: head,
          tenantId,
          actor: { sub: bare.user.sub, username: bare.user.username },
          requestId: randomUUID(),
          at: now,
        }),
        appendItem(t, {
          ...keys.idempotency(tenantId, idempotencyKey),
          fingerprint: createHash('sha256').update(JSON.stringify(request)).digest('base64url'),
          result: head,
          at: now,
          expiresAt: Math.floor(Date.now() / 1000) + 7 * 86_400,
        }),
      ];
      if (i === 0) shape = transactionShape({ TransactItems });
      await doc.send(new TransactWriteCommand({ TransactItems }));
      current = head;
    },
  };
}

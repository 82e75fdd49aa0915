import { createDocumentClient, createDynamoClient, type DbContext, platformScope, provinceScope, Repository, tenantScope } from '@antq/db';
import type { Context } from '@antq/api/local';

type DataAccess = Context['data'];

/** What DynamoDB itself returned to the API, so "items read" is not the API's own claim. */
export interface ReadTally {
  /** Requests by operation (GetItem, Query, BatchGetItem, TransactWriteItems, …). */
  calls: Record<string, number>;
  /** Time waiting on DynamoDB by operation, summed over requests (overlapping requests each count). */
  ms: Record<string, number>;
  /** Items returned: GetItem's Item, Query's Count, BatchGetItem's Responses. */
  itemsReturned: number;
  /** Items DynamoDB examined (Query's ScannedCount; the same as returned for GetItem and BatchGetItem). */
  itemsScanned: number;
  /** Size of the items returned as JSON; only counted while `weigh` is on (it costs time). */
  bytesReturned: number;
}

const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand']);

type ReadOutput = { Item?: unknown; Items?: unknown[]; Count?: number; ScannedCount?: number; Responses?: Record<string, unknown[]> };

export const totalMs = (t: ReadTally): number => Object.values(t.ms).reduce((a, b) => a + b, 0);

export class ReadCounter {
  tally: ReadTally = ReadCounter.empty();
  /** Weigh what comes back (JSON size); off while timing, so the measurement costs nothing noticeable. */
  weigh = false;
  /** The last TransactWriteItems request: its items and its size as JSON (to match the bare baseline's shape). */
  lastTransaction?: { items: number; bytes: number };

  static empty(): ReadTally {
    return { calls: {}, ms: {}, itemsReturned: 0, itemsScanned: 0, bytesReturned: 0 };
  }

  reset(): void {
    this.tally = ReadCounter.empty();
  }

  /** Runs `work` and returns what it read; nothing else may use the client meanwhile. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; read: ReadTally }> {
    this.reset();
    const result = await work();
    return { result, read: this.snapshot() };
  }

  /** A copy: the live tally keeps counting whatever runs next. */
  snapshot(): ReadTally {
    return { ...this.tally, calls: { ...this.tally.calls }, ms: { ...this.tally.ms } };
  }

  record(command: string, output: ReadOutput, ms: number): void {
    const op = command.replace(/Command$/, '');
    this.tally.calls[op] = (this.tally.calls[op] ?? 0) + 1;
    this.tally.ms[op] = (this.tally.ms[op] ?? 0) + ms;
    if (!READS.has(command)) return;
    const returned =
      command === 'GetItemCommand' ? (output.Item ? 1 : 0)
      : command === 'QueryCommand' ? (output.Count ?? 0)
      : Object.values(output.Responses ?? {}).reduce((n, items) => n + items.length, 0);
    this.tally.itemsReturned += returned;
    this.tally.itemsScanned += command === 'QueryCommand' ? (output.ScannedCount ?? returned) : returned;
    if (this.weigh) this.tally.bytesReturned += Buffer.byteLength(JSON.stringify(output.Item ?? output.Items ?? output.Responses ?? null));
  }
}

/**
 * The API's data access (the same repositories and scopes services/api's createDataAccess builds
 * locally) over a client whose middleware tallies every response, so the bench can call the real
 * tRPC procedures and count what DynamoDB returned to them.
 */
export function countingDataAccess(options: { endpoint: string; region: string; tableName: string }): { data: DataAccess; counter: ReadCounter } {
  const counter = new ReadCounter();
  const client = createDynamoClient({ region: options.region, endpoint: options.endpoint });
  // The document client shares this stack; at "initialize" the request and response are whole.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      if (counter.weigh && command === 'TransactWriteItemsCommand') counter.lastTransaction = transactionShape(args.input);
      const started = performance.now();
      const response = await next(args);
      counter.record(command, response.output as ReadOutput, performance.now() - started);
      return response;
    },
    { step: 'initialize', name: 'benchReadCounter' },
  );
  const shared: DbContext = { doc: createDocumentClient(client), tableName: options.tableName };
  return {
    counter,
    data: {
      forTenant: (tenantId) => new Repository(tenantScope(tenantId), shared),
      forProvince: (provinceId, tenantIds = []) => new Repository(provinceScope(provinceId, tenantIds), shared),
      platform: () => new Repository(platformScope, shared),
    },
  };
}

export function transactionShape(input: unknown): { items: number; bytes: number } {
  const items = (input as { TransactItems?: unknown[] }).TransactItems ?? [];
  return { items: items.length, bytes: Buffer.byteLength(JSON.stringify(input)) };
}

import { createHash } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ulid } from 'ulid';
import { auditRecord } from './audit-diff.js';
import { IdempotencyMismatchError, ScopeViolationError, VersionConflictError } from './errors.js';
import { type ItemKey, keys } from './keys.js';
import type { KeyScope } from './scope.js';
import { appendItem, keyOf, partitionKeysOf, type WriteOp } from './writes.js';

export interface DbContext {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /**
   * Picks the client for one request from the partition keys it touches and whether it writes,
   * when one set of credentials cannot serve them all (platform work in AWS: the function's own
   * role for platform partitions, an operator session for a tenant's). Unset, `doc` serves all.
   */
  clientFor?: (partitionKeys: readonly string[], write: boolean) => DynamoDBDocumentClient;
}

/** Who did what to which entity; written in the same transaction as the change itself. */
export interface AuditEntry {
  /** The tenant the change belongs to; platform changes (no tenant) go to the platform's audit. */
  tenantId?: string;
  actor: { sub: string; username: string };
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

export interface Idempotency<R> {
  key: string;
  /** The request the key was first used for; a different request with the same key is refused. */
  request: unknown;
  /** What the first call answered; a retry gets exactly this back. */
  result: R;
  /**
   * The caller answers replays itself (see the API's `mutate`): skip the read before the
   * transaction. A request that already happened is still caught by the record's condition.
   */
  replayChecked?: boolean;
}

export interface CommitResult<R> {
  result: R;
  replayed: boolean;
}

const IDEMPOTENCY_DAYS = 7;
const MAX_TRANSACTION_ITEMS = 100;
const TRANSACTION_ATTEMPTS = 4;

const fingerprint = (request: unknown): string =>
  createHash('sha256').update(JSON.stringify(request ?? null)).digest('base64url');

/**
 * Data access confined to one scope (a tenant, a province, or the platform). Every key is
 * checked against the scope before a request is sent; every commit is one transaction that
 * carries the change, its audit entry and, when given, the idempotency record.
 */
export class Repository {
  constructor(
    readonly scope: KeyScope,
    private readonly ctx: DbContext,
  ) {}

  get tableName(): string {
    return this.ctx.tableName;
  }

  private assertOwns(partitionKey: string): void {
    if (!this.scope.owns(partitionKey)) throw new ScopeViolationError(this.scope.name, partitionKey);
  }

  /** The client for a request touching these partitions (checked against the scope beforehand). */
  private client(partitionKeys: readonly string[], write = false): DynamoDBDocumentClient {
    return this.ctx.clientFor ? this.ctx.clientFor(partitionKeys, write) : this.ctx.doc;
  }

  async get<T>(key: ItemKey): Promise<T | undefined> {
    this.assertOwns(key.PK);
    const out = await this.client([key.PK]).send(new GetCommand({ TableName: this.ctx.tableName, Key: key }));
    return out.Item as T | undefined;
  }

  /** Reads a whole partition (or the part whose sort key begins with a prefix), following pages. */
  async query<T>(options: { pk: string; skBeginsWith?: string; index?: string; limit?: number }): Promise<T[]> {
    this.assertOwns(options.pk);
    const pkName = options.index ? `${options.index}PK` : 'PK';
    const skName = options.index ? `${options.index}SK` : 'SK';
    const items: T[] = [];
    const doc = this.client([options.pk]);
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(
        new QueryCommand({
          TableName: this.ctx.tableName,
          IndexName: options.index,
          KeyConditionExpression: options.skBeginsWith ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
          ExpressionAttributeNames: options.skBeginsWith ? { '#pk': pkName, '#sk': skName } : { '#pk': pkName },
          ExpressionAttributeValues: options.skBeginsWith
            ? { ':pk': options.pk, ':sk': options.skBeginsWith }
            : { ':pk': options.pk },
          ExclusiveStartKey: startKey,
          Limit: options.limit,
        }),
      );
      items.push(...((out.Items ?? []) as T[]));
      startKey = options.limit && items.length >= options.limit ? undefined : out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** Reads items by key, 100 per round trip (DynamoDB's limit); unprocessed keys are retried with backoff. */
  async batchGet<T>(itemKeys: ItemKey[]): Promise<T[]> {
    itemKeys.forEach((k) => this.assertOwns(k.PK));
    const doc = this.client(itemKeys.map((k) => k.PK));
    const found: T[] = [];
    for (let start = 0; start < itemKeys.length; start += 100) {
      let pending: Record<string, unknown>[] = itemKeys.slice(start, start + 100).map((k) => ({ PK: k.PK, SK: k.SK }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === 6) throw new Error(`BatchGet left ${pending.length} keys unprocessed after ${attempt} attempts`);
        if (attempt > 0) await new Promise((r) => setTimeout(r, 25 * 2 ** attempt));
        const out = await doc.send(new BatchGetCommand({ RequestItems: { [this.ctx.tableName]: { Keys: pending } } }));
        found.push(...((out.Responses?.[this.ctx.tableName] ?? []) as T[]));
        pending = (out.UnprocessedKeys?.[this.ctx.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return found;
  }

  /**
   * One write outside any transaction and without an audit entry, for bookkeeping that is not a
   * change of anyone's data: counters of failed sign-ins, refresh tokens, the local outbox, the
   * time of a sign-in. A failed condition surfaces as DynamoDB's own error.
   */
  async write(op: WriteOp): Promise<void> {
    if (this.scope.readOnly) throw new ScopeViolationError(this.scope.name, 'write');
    const partitionKeys = partitionKeysOf(op);
    partitionKeys.forEach((pk) => this.assertOwns(pk));
    const doc = this.client(partitionKeys, true);
    if (op.Put) await doc.send(new PutCommand(op.Put));
    else if (op.Update) await doc.send(new UpdateCommand(op.Update));
    else if (op.Delete) await doc.send(new DeleteCommand(op.Delete));
    else throw new Error('write() takes a Put, an Update or a Delete');
  }

  /**
   * Commits a change as one transaction with its audit entry (and idempotency record).
   * A retry with the same idempotency key returns the first result and writes nothing.
   *
   * @throws VersionConflictError when a version or existence condition fails
   * @throws IdempotencyMismatchError when the key was used for another request
   */
  async commit<R>(ops: WriteOp[], audit: AuditEntry, idempotency?: Idempotency<R>): Promise<CommitResult<R | undefined>> {
    if (this.scope.readOnly) throw new ScopeViolationError(this.scope.name, 'write');
    const at = new Date().toISOString();
    const auditKey = audit.tenantId ? keys.audit(audit.tenantId, at, ulid()) : keys.platformAudit(at, ulid());
    const { before, after, ...entry } = audit;
    const all: WriteOp[] = [...ops, appendItem(this.ctx.tableName, { ...auditKey, entity: 'Audit', ...entry, ...auditRecord(before, after), at })];
    if (idempotency && !audit.tenantId) throw new Error('Idempotency keys are kept per tenant');
    const idemKey = idempotency && audit.tenantId ? keys.idempotency(audit.tenantId, idempotency.key) : undefined;
    if (idempotency && idemKey) {
      const replay = idempotency.replayChecked ? undefined : await this.findReplay<R>(audit.tenantId!, idempotency.key, idempotency.request);
      if (replay) return replay;
      const expiresAt = Math.floor(Date.now() / 1000) + IDEMPOTENCY_DAYS * 86_400;
      all.push(
        appendItem(this.ctx.tableName, {
          ...idemKey,
          fingerprint: fingerprint(idempotency.request),
          result: idempotency.result,
          at,
          expiresAt,
        }),
      );
    }
    if (all.length > MAX_TRANSACTION_ITEMS) throw new Error(`Transaction of ${all.length} items exceeds ${MAX_TRANSACTION_ITEMS}`);
    all.flatMap(partitionKeysOf).forEach((pk) => this.assertOwns(pk));

    try {
      await this.sendTransaction(all);
      return { result: idempotency?.result, replayed: false };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed < 0) throw error;
      // The same request already happened (a retry, or a concurrent twin that won): answer what it
      // answered. Its head condition may have failed too, so look at the idempotency record's.
      if (idemKey && reasons[all.length - 1]?.Code === 'ConditionalCheckFailed') {
        const replay = await this.findReplay<R>(audit.tenantId!, idempotency!.key, idempotency!.request);
        if (replay) return replay;
      }
      const current = reasons[failed]?.Item ? unmarshall(reasons[failed].Item as never) : undefined;
      const version = typeof current?.version === 'number' ? current.version : null;
      throw new VersionConflictError(keyOf(all[failed]!), version, current);
    }
  }

  /**
   * Sends a transaction, retrying when DynamoDB cancels it only because another transaction was
   * touching the same items at that moment (two wards updating one campaign summary): such a
   * cancellation wrote nothing, and the conditions are evaluated afresh on the next attempt.
   */
  private async sendTransaction(items: WriteOp[]): Promise<void> {
    const doc = this.client(items.flatMap(partitionKeysOf), true);
    for (let attempt = 1; ; attempt++) {
      try {
        await doc.send(new TransactWriteCommand({ TransactItems: items }));
        return;
      } catch (error) {
        const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        const onlyConflicts =
          reasons.some((r) => r.Code === 'TransactionConflict') && reasons.every((r) => !r.Code || r.Code === 'None' || r.Code === 'TransactionConflict');
        if (!onlyConflicts || attempt >= TRANSACTION_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
      }
    }
  }

  /**
   * The first result of a request already carried out with this idempotency key, if any. Handlers
   * ask before their own checks: a retry of a call that succeeded would otherwise fail its
   * version check, since the first call moved the version on.
   *
   * @throws IdempotencyMismatchError when the key was used for another request
   */
  async findReplay<R>(tenantId: string, key: string, request: unknown): Promise<CommitResult<R> | undefined> {
    const stored = await this.get<{ fingerprint: string; result: R }>(keys.idempotency(tenantId, key));
    if (!stored) return undefined;
    if (stored.fingerprint !== fingerprint(request)) throw new IdempotencyMismatchError(key);
    return { result: stored.result, replayed: true };
  }
}

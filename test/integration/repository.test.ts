import {
  createItem,
  IdempotencyMismatchError,
  keys,
  partitions,
  replaceItem,
  type Repository,
  VersionConflictError,
} from '@antq/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
let repo: Repository;
const actor = { sub: 'local:test', username: 'test' };
const audit = (entityId: string) => ({ tenantId: '307', actor, action: 'note.save', entityType: 'Note', entityId });
const noteKey = (id: string) => ({ PK: 'D#307#NOTE', SK: id });
const audits = async () => (await repo.query({ pk: partitions.auditOf('307') })).length;

beforeAll(async () => {
  api = await createTestApi({ seed: false });
  repo = api.data.forTenant('307');
});

describe('versioned writes (DynamoDB Local)', () => {
  it('creates at version 1 and replaces only at the expected version', async () => {
    await repo.commit([createItem(repo.tableName, { ...noteKey('a'), text: 'một' })], audit('a'));
    await repo.commit([replaceItem(repo.tableName, { ...noteKey('a'), text: 'hai' }, 1)], audit('a'));
    expect(await repo.get(noteKey('a'))).toMatchObject({ text: 'hai', version: 2 });
  });

  it('refuses a stale version with the current version, and writes nothing (not even audit)', async () => {
    const before = await audits();
    const stale = repo.commit([replaceItem(repo.tableName, { ...noteKey('a'), text: 'ba' }, 1)], audit('a'));
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
    expect(await repo.get(noteKey('a'))).toMatchObject({ text: 'hai', version: 2 });
    expect(await audits()).toBe(before);
  });

  it('refuses to create what exists', async () => {
    await expect(repo.commit([createItem(repo.tableName, { ...noteKey('a'), text: 'x' })], audit('a'))).rejects.toMatchObject({
      name: 'VersionConflictError',
      currentVersion: 2,
    });
  });

  it('writes the audit entry with the change, in the same transaction', async () => {
    const before = await audits();
    await repo.commit([createItem(repo.tableName, { ...noteKey('b'), text: 'b' })], { ...audit('b'), after: { text: 'b' } });
    const entries = await repo.query<{ entityId: string; after: unknown; at: string }>({ pk: partitions.auditOf('307') });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ entityId: 'b', after: { text: 'b' } });
  });
});

describe('idempotency keys', () => {
  it('a retry returns the first result and writes nothing more', async () => {
    const request = { text: 'c' };
    const first = await repo.commit([createItem(repo.tableName, { ...noteKey('c'), ...request })], audit('c'), {
      key: 'retry-1',
      request,
      result: { id: 'c', version: 1 },
    });
    expect(first).toEqual({ result: { id: 'c', version: 1 }, replayed: false });
    const before = await audits();
    const retry = await repo.commit([createItem(repo.tableName, { ...noteKey('c'), ...request })], audit('c'), {
      key: 'retry-1',
      request,
      result: { id: 'c', version: 99 },
    });
    expect(retry).toEqual({ result: { id: 'c', version: 1 }, replayed: true });
    expect(await audits()).toBe(before);
  });

  it('concurrent calls with one key land once', async () => {
    const request = { text: 'd' };
    const calls = await Promise.allSettled(
      [1, 2, 3].map((n) =>
        repo.commit([createItem(repo.tableName, { ...noteKey(`d${n}`), ...request })], audit('d'), { key: 'race-1', request, result: { n } }),
      ),
    );
    const fulfilled = calls.filter((c) => c.status === 'fulfilled').map((c) => (c as PromiseFulfilledResult<{ result: unknown; replayed: boolean }>).value);
    const landed = fulfilled.filter((v) => !v.replayed);
    expect(landed).toHaveLength(1);
    const notes = await repo.query({ pk: 'D#307#NOTE', skBeginsWith: 'd' });
    expect(notes).toHaveLength(1);
  });

  it('a key reused for a different request is refused', async () => {
    await expect(
      repo.commit([createItem(repo.tableName, { ...noteKey('e'), text: 'e' })], audit('e'), { key: 'retry-1', request: { text: 'other' }, result: {} }),
    ).rejects.toBeInstanceOf(IdempotencyMismatchError);
    expect(await repo.get(noteKey('e'))).toBeUndefined();
  });

  it('keeps the record under the tenant, with an expiry', async () => {
    const record = await repo.get<{ expiresAt: number }>(keys.idempotency('307', 'retry-1'));
    expect(record?.expiresAt).toBeGreaterThan(Date.now() / 1000);
  });
});

import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { createDocumentClient, createItem, Repository, tenantScope } from '@antq/db';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

// DynamoDB Local never cancels a transaction for a conflict with another one; real DynamoDB does.
// These tests inject that cancellation (a fault injected in front of the real DynamoDB Local client).
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ seed: false });
});

function conflicting(doc: DynamoDBDocumentClient, failures: number): { doc: DynamoDBDocumentClient; calls: () => number } {
  let calls = 0;
  const send = doc.send.bind(doc);
  const wrapped = Object.create(doc) as DynamoDBDocumentClient;
  wrapped.send = (async (command: { constructor: { name: string } }) => {
    if (command.constructor.name === 'TransactWriteCommand' && calls++ < failures) {
      throw new TransactionCanceledException({
        message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
      });
    }
    return send(command as never);
  }) as never;
  return { doc: wrapped, calls: () => calls };
}

const audit = { tenantId: '307', actor: { sub: 's', username: 'u' }, action: 'test', entityType: 'T', entityId: '1' };

describe('transaction conflicts (injected)', () => {
  it('are retried, and the write lands once', async () => {
    const { doc, calls } = conflicting(createDocumentClient(api.client), 2);
    const repo = new Repository(tenantScope('307'), { doc, tableName: api.tableName });
    await repo.commit([createItem(api.tableName, { PK: 'D#307#T', SK: 'a', n: 1 })], audit);
    expect(calls()).toBe(3);
    expect(await repo.get({ PK: 'D#307#T', SK: 'a' })).toMatchObject({ n: 1, version: 1 });
  });

  it('that persist are reported, and nothing is written', async () => {
    const { doc } = conflicting(createDocumentClient(api.client), 10);
    const repo = new Repository(tenantScope('307'), { doc, tableName: api.tableName });
    await expect(repo.commit([createItem(api.tableName, { PK: 'D#307#T', SK: 'b', n: 1 })], audit)).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(await repo.get({ PK: 'D#307#T', SK: 'b' })).toBeUndefined();
  });
});

import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ItemKey } from './keys.js';

/** One element of a TransactWriteItems request, as the document client takes it. */
export type WriteOp = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
export type Item = ItemKey & Record<string, unknown>;

// ALL_OLD on a failed condition returns the item as it is now, so a conflict can tell the
// caller the current version without a second read.
const onFailure = { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const };

/** Writes a new head item at version 1; fails if an item with that key exists. */
export function createItem(tableName: string, item: Item): WriteOp {
  return {
    Put: {
      TableName: tableName,
      Item: { ...item, version: 1 },
      ConditionExpression: 'attribute_not_exists(PK)',
      ...onFailure,
    },
  };
}

/** Replaces a head item only if it is still at `expectedVersion`; the stored version becomes expected + 1. */
export function replaceItem(tableName: string, item: Item, expectedVersion: number): WriteOp {
  return {
    Put: {
      TableName: tableName,
      Item: { ...item, version: expectedVersion + 1 },
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: { ':expected': expectedVersion },
      ...onFailure,
    },
  };
}

/** Writes an immutable item (a submission, an audit entry): it must not exist yet. */
export function appendItem(tableName: string, item: Item): WriteOp {
  return {
    Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(PK)', ...onFailure },
  };
}

/** Partition keys an operation touches, for the scope check. */
export function partitionKeysOf(op: WriteOp): string[] {
  const source = op.Put?.Item ?? op.Update?.Key ?? op.Delete?.Key ?? op.ConditionCheck?.Key ?? {};
  return Object.entries(source)
    .filter(([name]) => name === 'PK' || name.endsWith('PK'))
    .map(([, value]) => String(value));
}

export function keyOf(op: WriteOp): ItemKey {
  const source = (op.Put?.Item ?? op.Update?.Key ?? op.Delete?.Key ?? op.ConditionCheck?.Key ?? {}) as Partial<ItemKey>;
  return { PK: String(source.PK), SK: String(source.SK) };
}

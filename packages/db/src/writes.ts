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

/** Writes a head item: creates it when the caller saw none (expected version 0), else replaces it at that version. */
export function writeHead(tableName: string, item: Item, expectedVersion: number): WriteOp {
  return expectedVersion === 0 ? createItem(tableName, item) : replaceItem(tableName, item, expectedVersion);
}

/**
 * Sets one nested attribute of an existing item (e.g. `wards.<id>.plan` of a summary), so that
 * writes for different wards, or for a ward's plan and its assessment, never overwrite each other.
 */
export function setMapEntry(tableName: string, key: ItemKey, path: string[], value: unknown, now: string): WriteOp {
  const names = Object.fromEntries(path.map((name, i) => [`#p${i}`, name]));
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${Object.keys(names).join('.')} = :value, updatedAt = :now`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':value': value, ':now': now },
      ...onFailure,
    },
  };
}

/** Writes an item whatever is there (derived items such as a rebuilt summary). */
export function putItem(tableName: string, item: Item): WriteOp {
  return { Put: { TableName: tableName, Item: item } };
}

/** Sets one top-level attribute, creating the item if needed (a summary's per-record contribution). */
export function setAttribute(tableName: string, key: ItemKey, name: string, value: unknown, now: string): WriteOp {
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET #name = :value, updatedAt = :now',
      ExpressionAttributeNames: { '#name': name },
      ExpressionAttributeValues: { ':value': value, ':now': now },
    },
  };
}

export function removeAttribute(tableName: string, key: ItemKey, name: string, now: string): WriteOp {
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: 'REMOVE #name SET updatedAt = :now',
      ExpressionAttributeNames: { '#name': name },
      ExpressionAttributeValues: { ':now': now },
    },
  };
}

/**
 * Makes the attributes of an item that begin with `prefix` exactly `values`, leaving the others
 * alone: a rebuild of one part of a shared item (a year's movement contributions) must not wipe
 * the parts other writers keep there. Several hundred attributes take several updates (each its
 * own transaction: a rebuild is a repair, not one logical change).
 */
export function replaceAttributes(tableName: string, key: ItemKey, prefix: string, values: Record<string, unknown>, existing: string[], now: string): WriteOp[] {
  const stale = existing.filter((name) => name.startsWith(prefix) && !(name in values));
  const changes: Array<[string, { value: unknown } | undefined]> = [...Object.entries(values).map(([n, v]) => [n, { value: v }] as [string, { value: unknown }]), ...stale.map((n) => [n, undefined] as [string, undefined])];
  const ops: WriteOp[] = [];
  // DynamoDB's update expressions stop at 4 KB: a few hundred attributes per update, as many updates as it takes.
  for (let start = 0; start === 0 || start < changes.length; start += ATTRIBUTES_PER_UPDATE) {
    const chunk = changes.slice(start, start + ATTRIBUTES_PER_UPDATE);
    const names = Object.fromEntries(chunk.map(([name], i) => [`#a${i}`, name]));
    const sets = chunk.flatMap(([, v], i) => (v ? [`#a${i} = :v${i}`] : []));
    const removes = chunk.flatMap(([, v], i) => (v ? [] : [`#a${i}`]));
    ops.push({
      Update: {
        TableName: tableName,
        Key: key,
        UpdateExpression: `SET ${[...sets, 'updatedAt = :now'].join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ...(chunk.length > 0 && { ExpressionAttributeNames: names }),
        ExpressionAttributeValues: { ...Object.fromEntries(chunk.flatMap(([, v], i) => (v ? [[`:v${i}`, v.value]] : []))), ':now': now },
      },
    });
  }
  return ops;
}

const ATTRIBUTES_PER_UPDATE = 150;

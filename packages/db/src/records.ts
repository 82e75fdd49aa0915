import type { ItemKey } from './keys.js';
import type { Repository } from './repository.js';

/** A stored item: the domain record plus its keys and bookkeeping attributes. */
export type Stored<T> = T & { PK: string; SK: string; entity?: string; GSI1PK?: string; GSI1SK?: string };

/** The domain record without the storage attributes (keys never leave the data layer). */
export function strip<T>(item: Stored<T>): T {
  const { PK: _pk, SK: _sk, entity: _e, GSI1PK: _g1, GSI1SK: _g2, ...rest } = item;
  return rest as unknown as T;
}

export async function getRecord<T>(repo: Repository, key: ItemKey): Promise<T | undefined> {
  const item = await repo.get<Stored<T>>(key);
  return item ? strip(item) : undefined;
}

export async function queryRecords<T>(repo: Repository, pk: string, skBeginsWith?: string): Promise<T[]> {
  const items = await repo.query<Stored<T>>({ pk, skBeginsWith });
  return items.map(strip);
}

/** Marks a record with its storage keys and kind, ready to be written. */
export function toItem<T extends object>(key: ItemKey, entity: string, record: T): ItemKey & Record<string, unknown> {
  return { ...key, entity, ...record };
}

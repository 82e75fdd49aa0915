import { randomUUID } from 'node:crypto';

/** A fresh idempotency key, as a client makes one per intended change. */
export const key = (): string => `k-${randomUUID()}`;

/** A date relative to today (Vietnam), as yyyy-mm-dd. */
export function day(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

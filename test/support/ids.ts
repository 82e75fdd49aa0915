import { randomUUID } from 'node:crypto';

/** A fresh idempotency key, as a client makes one per intended change. */
export const key = (): string => `k-${randomUUID()}`;

/** A date relative to today (Vietnam), as yyyy-mm-dd. */
export function day(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** An entity id in the API's format that names nothing stored. */
export const unusedId = (): string => Array.from({ length: 26 }, (_, i) => (i === 0 ? '0' : CROCKFORD[Math.floor(Math.random() * 32)])).join('');

import { describe, expect, it } from 'vitest';
import { fingerprintOf, IntentKeys } from './intent';

describe('idempotency keys per intent', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${++n}`;
  };

  it('reuses the key when the same request is retried', () => {
    const keys = new IntentKeys(counter());
    const first = keys.keyFor({ campaignId: 'A', expectedVersion: 2 });
    expect(keys.keyFor({ expectedVersion: 2, campaignId: 'A' })).toBe(first);
  });

  it('gives a new key to a different request, or to the same one once it succeeded', () => {
    const keys = new IntentKeys(counter());
    const first = keys.keyFor({ reason: 'a' });
    const second = keys.keyFor({ reason: 'b' });
    expect(second).not.toBe(first);
    keys.done(second);
    expect(keys.keyFor({ reason: 'b' })).not.toBe(second);
  });

  it('fingerprints objects whatever the order of their keys', () => {
    expect(fingerprintOf({ a: 1, b: { d: 2, c: [3] } })).toBe(fingerprintOf({ b: { c: [3], d: 2 }, a: 1 }));
  });
});

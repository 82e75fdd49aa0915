import { describe, expect, it } from 'vitest';
import { keys, partitions, platformIndexPartitionPrefixes, platformPartitionPrefixes } from './keys.js';

/** Every key builder and partition, called with sample arguments (each is a string or makes one). */
const sample = (make: unknown): string => {
  const value = typeof make === 'function' ? (make as (...a: unknown[]) => unknown)('307', 'a1', 'b2', 3) : make;
  return typeof value === 'string' ? value : (value as { PK: string }).PK;
};
const tablePartitions = Object.entries(keys).map(([name, make]) => [name, sample(make)] as const);
const indexPartitions = Object.entries(partitions).map(([name, make]) => [name, sample(make)] as const);

/** Whose a partition is: a tenant's and a province's are confined by session tags in AWS; the rest is the platform's. */
function owner(pk: string): 'tenant' | 'province' | 'platform' | 'platform index' | undefined {
  if (/^D#[^#]+(#|$)/.test(pk)) return 'tenant';
  if (/^P#[^#]+#/.test(pk)) return 'province';
  if (platformPartitionPrefixes.some((p) => pk.startsWith(p))) return 'platform';
  if (platformIndexPartitionPrefixes.some((p) => pk.startsWith(p))) return 'platform index';
  return undefined;
}

describe('partition owners (what IAM confines in AWS)', () => {
  it.each(tablePartitions)('%s (%s) is a tenant, province or platform partition', (_name, pk) => {
    expect(owner(pk), pk).toMatch(/^(tenant|province|platform)$/);
  });

  it.each(indexPartitions)('partition %s (%s) has an owner', (_name, pk) => {
    expect(owner(pk), pk).toBeDefined();
  });

  it('keeps the platform prefixes apart from tenant and province keys', () => {
    for (const prefix of [...platformPartitionPrefixes, ...platformIndexPartitionPrefixes]) {
      expect(prefix).toMatch(/^[A-Z]{2,}#$/);
    }
  });
});

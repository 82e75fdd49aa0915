import { describe, expect, it } from 'vitest';
import { sortByName } from './sort.js';

describe('sortByName', () => {
  it('orders Vietnamese letters and numbers the way readers expect', () => {
    const names = ['Phường Đức Ninh Đông', 'Phường 10', 'Phường Bắc Lý', 'Phường 2', 'Phường Ấp Bắc', 'Phường An Dương'];
    expect(sortByName(names, (n) => n)).toEqual([
      'Phường 2',
      'Phường 10',
      'Phường An Dương',
      'Phường Ấp Bắc',
      'Phường Bắc Lý',
      'Phường Đức Ninh Đông',
    ]);
  });
});

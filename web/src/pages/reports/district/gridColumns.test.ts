import { describe, expect, it } from 'vitest';
import { gridColumns } from './gridColumns';

describe('gridColumns', () => {
  it("keeps the campaign's criteria in catalogue order, results or not", () => {
    const criteria = [
      { code: 'I.2', groupCode: 'I' },
      { code: 'I.10', groupCode: 'I' },
      { code: 'II.1', groupCode: 'II' },
    ];
    expect(gridColumns(criteria, { '00001': { 'I.10': true } })).toEqual(criteria);
  });

  it('falls back to the codes with results, in code order, when the report lists no criteria', () => {
    expect(gridColumns([], { a: { 'I.10': true, 'I.2': false }, b: { 'II.1': true } })).toEqual([{ code: 'I.2' }, { code: 'I.10' }, { code: 'II.1' }]);
  });
});

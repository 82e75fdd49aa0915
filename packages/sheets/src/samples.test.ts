import { allCriteria, catalogueContentSchema } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { readSample } from './test-fixtures.js';

// The sample catalogues ship as data for the API to seed; they must stay valid and complete.
describe('sample catalogues', () => {
  it('the 34-criteria sample has 34 criteria in the four groups of the movement', () => {
    const content = readSample('sample-34-criteria.json');
    expect(allCriteria(content)).toHaveLength(34);
    expect(content.groups.map((g) => g.title)).toEqual([
      'Lãnh đạo của cấp ủy, chính quyền',
      'Xây dựng phong trào toàn dân bảo vệ ANTQ',
      'Bảo đảm an ninh, trật tự',
      'Công an xã, phường, thị trấn',
    ]);
    expect(content.groups[0]!.criteria[1]!.text).toMatch(/quý I.*nghị quyết.*kế hoạch.*chương trình/);
  });

  it('the 22-criteria sample has 22 criteria in 3 to 5 groups', () => {
    const content = readSample('sample-22-criteria.json');
    expect(allCriteria(content)).toHaveLength(22);
    expect(content.groups.length).toBeGreaterThanOrEqual(3);
    expect(content.groups.length).toBeLessThanOrEqual(5);
  });

  it.each(['sample-34-criteria.json', 'sample-22-criteria.json'] as const)('%s is a clearly labelled sample', (name) => {
    const content = readSample(name);
    expect(catalogueContentSchema.safeParse(content).success).toBe(true);
    expect(content.title).toMatch(/^\(Mẫu\)/);
    expect(content.description).toMatch(/MẪU/);
    expect(content.description).toMatch(/không được công bố công khai/);
    expect(content.description).toMatch(/nhập văn bản chính thức/);
    for (const c of allCriteria(content)) {
      expect(c.scoring).toEqual({ kind: 'status' });
      expect(c.evidenceHint).toBeTruthy();
      expect(c.code.startsWith(`${c.groupCode}.`)).toBe(true);
    }
  });
});

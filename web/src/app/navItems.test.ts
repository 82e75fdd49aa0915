import { describe, expect, it } from 'vitest';
import { homePathFor } from './homes';
import { navItemsFor } from './navItems';

describe('navigation by role', () => {
  it('gives a coordinator the district screen and the coming ones', () => {
    const items = navItemsFor(['coordinator']);
    expect(items[0]).toEqual({ key: 'district', path: '/district' });
    expect(items.filter((i) => !i.path).map((i) => i.key)).toEqual([
      'campaigns',
      'plans',
      'assessments',
      'records',
      'programmes',
      'awards',
      'reports',
    ]);
  });

  it('merges several roles without repeating an entry', () => {
    const items = navItemsFor(['ward_officer', 'coordinator']);
    expect(items.slice(0, 2).map((i) => i.path)).toEqual(['/ward', '/district']);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it("opens the first role's home", () => {
    expect(homePathFor(['province_staff', 'operator'])).toBe('/province');
    expect(homePathFor([])).toBeUndefined();
  });
});

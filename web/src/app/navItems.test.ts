import { describe, expect, it } from 'vitest';
import { homePathFor } from './homes';
import { countFor, isActive, navItemsFor } from './navItems';

describe('navigation by role', () => {
  it('gives a coordinator the district, campaign, criteria, review, movement, programme, award, report and account screens', () => {
    const items = navItemsFor(['coordinator']);
    expect(items.filter((i) => i.path).map((i) => i.path)).toEqual([
      '/district',
      '/campaigns',
      '/criteria',
      '/reviews',
      '/movement',
      '/programmes',
      '/awards',
      '/reports',
      '/accounts',
      '/connect',
    ]);
    expect(items.filter((i) => !i.path)).toEqual([]);
  });

  it('gives provincial staff their districts and the reports, the whole drill-down under one entry', () => {
    const items = navItemsFor(['province_staff']);
    expect(items.map((i) => i.path)).toEqual(['/province', '/reports', '/connect']);
    expect(isActive(items[1]!, '/reports/districts/307/wards/11434/01H/plan')).toBe(true);
    expect(isActive(items[0]!, '/reports')).toBe(false);
  });

  it("gives a ward officer the ward's plan, self-assessment, movement, award and report screens", () => {
    const items = navItemsFor(['ward_officer']);
    expect(items.filter((i) => i.path).map((i) => i.key)).toEqual(['ward', 'plans', 'assessments', 'records', 'awards', 'reports']);
    expect(items.filter((i) => !i.path)).toEqual([]);
  });

  it('gives the operator onboarding, the accounts and the local outbox', () => {
    const items = navItemsFor(['operator']);
    expect(items.map((i) => i.path)).toEqual(['/operator', '/accounts', '/outbox', '/connect']);
    expect(isActive(items[0]!, '/outbox')).toBe(false);
  });

  it('adds how many items wait to the entries that have some', () => {
    const [, , reviews] = navItemsFor(['coordinator']).filter((i) => ['district', 'campaigns', 'reviews'].includes(i.key));
    expect(countFor(reviews!, { reviews: 3 })).toBe(3);
    expect(countFor(reviews!, { reviews: 0 })).toBeUndefined();
    expect(countFor(reviews!, {})).toBeUndefined();
  });

  it('merges several roles without repeating an entry', () => {
    const items = navItemsFor(['ward_officer', 'coordinator']);
    expect(items.slice(0, 2).map((i) => i.path)).toEqual(['/ward', '/ward/campaigns']);
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('marks the entry the user is on', () => {
    const [ward, plans, assessments] = navItemsFor(['ward_officer']);
    expect(isActive(ward!, '/ward')).toBe(true);
    expect(isActive(ward!, '/ward/campaigns')).toBe(false);
    expect(isActive(plans!, '/ward/campaigns/01H/plan')).toBe(true);
    expect(isActive(plans!, '/ward/campaigns/01H/assessment')).toBe(false);
    expect(isActive(assessments!, '/ward/campaigns/01H/assessment')).toBe(true);
    const campaigns = navItemsFor(['coordinator'])[1]!;
    expect(isActive(campaigns, '/campaigns/01H/wards/19480')).toBe(true);
    const [, , , , movement, programmes] = navItemsFor(['coordinator']);
    expect(isActive(movement!, '/movement/wards/11449')).toBe(true);
    expect(isActive(programmes!, '/programmes/01H/edit')).toBe(true);
  });

  it("opens the first role's home", () => {
    expect(homePathFor(['province_staff', 'operator'])).toBe('/province');
    expect(homePathFor([])).toBeUndefined();
  });
});

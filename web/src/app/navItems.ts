import type { Role } from '@antq/domain';
import type { Messages } from '../i18n';
import { homePaths } from './homes';

export type NavKey = Exclude<keyof Messages['nav'], 'label' | 'comingSoon' | 'withCount' | 'countNote'>;

/** A navbar entry: a screen that exists (with a path) or one a later release adds ("Sắp có"). */
export interface NavItem {
  key: NavKey;
  path?: string;
  /** When the entry is the current one; by default its path and everything under it. */
  match?: RegExp;
}

const soon = (key: NavKey): NavItem => ({ key });

const byRole: Record<Role, NavItem[]> = {
  coordinator: [
    { key: 'district', path: homePaths.coordinator },
    { key: 'campaigns', path: '/campaigns' },
    { key: 'criteria', path: '/criteria' },
    { key: 'reviews', path: '/reviews' },
    { key: 'records', path: '/movement' },
    { key: 'programmes', path: '/programmes' },
    { key: 'awards', path: '/awards' },
    { key: 'reports', path: '/reports' },
    { key: 'accounts', path: '/accounts' },
    { key: 'connect', path: '/connect' },
  ],
  ward_officer: [
    { key: 'ward', path: homePaths.ward_officer, match: /^\/ward\/?$/ },
    { key: 'plans', path: '/ward/campaigns', match: /^\/ward\/campaigns(\/[^/]+\/plan)?\/?$/ },
    { key: 'assessments', path: '/ward/assessments', match: /^\/ward\/(assessments|campaigns\/[^/]+\/assessment)\/?$/ },
    { key: 'records', path: '/movement' },
    { key: 'awards', path: '/awards' },
    { key: 'reports', path: '/reports' },
  ],
  province_staff: [
    { key: 'province', path: homePaths.province_staff },
    { key: 'reports', path: '/reports' },
    { key: 'connect', path: '/connect' },
  ],
  operator: [
    { key: 'operator', path: homePaths.operator },
    { key: 'accounts', path: '/accounts' },
    { key: 'outbox', path: '/outbox' },
    { key: 'connect', path: '/connect' },
  ],
};

/** The entries of every role the user holds, screens first, each once. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  const seen = new Set<NavKey>();
  const all = roles.flatMap((role) => byRole[role] ?? []);
  const unique = all.filter((item) => (seen.has(item.key) ? false : (seen.add(item.key), true)));
  return [...unique.filter((i) => i.path), ...unique.filter((i) => !i.path)];
}

/** Whether an entry is the one the user is on. */
export function isActive(item: NavItem, pathname: string): boolean {
  if (!item.path) return false;
  if (item.match) return item.match.test(pathname);
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}

/** How many items wait behind each entry that counts them ("Hồ sơ chờ duyệt (3)"). */
export type NavCounts = Partial<Record<NavKey, number>>;

/** The count an entry shows: only a positive one. */
export function countFor(item: NavItem, counts: NavCounts): number | undefined {
  const n = counts[item.key];
  return n && n > 0 ? n : undefined;
}

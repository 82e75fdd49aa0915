import { randomUUID } from 'node:crypto';
import type { CatalogueDistrict, SessionUser } from '@antq/domain';
import type { IdentityProvider } from '../../auth/identity-provider.js';
import type { DataAccess } from '../../data-access.js';
import type { Logger } from '../../log.js';
import { appRouter } from '../../routers/index.js';
import { createCallerFactory } from '../../trpc/init.js';
import { demoUsers } from '../demo-data.js';

const createCaller = createCallerFactory(appRouter);

// The stories never manage accounts or passwords: any such call fails loudly instead of acting.
const noIdentity = new Proxy({}, { get: () => () => Promise.reject(new Error('The demo stories do not manage accounts')) }) as IdentityProvider;
export type Caller = ReturnType<typeof createCaller>;

export interface StoryEnv {
  data: DataAccess;
  findDistrict: (code: string) => Promise<CatalogueDistrict | undefined>;
  log: Logger;
}

/**
 * Who plays the stories. Demo users act as themselves; wards and districts without a demo sign-in
 * get a constructed identity of the same shape a verified token gives (the seed is trusted local
 * code), so every write goes through the real procedures with their checks and audit trail.
 */
export function actors(env: StoryEnv) {
  const callerFor = (user: SessionUser): Caller =>
    createCaller({ user, requestId: `demo-${randomUUID()}`, log: env.log, data: env.data, identity: noIdentity, findDistrict: env.findDistrict, findProvince: async () => undefined });

  const demo = (username: string): SessionUser => {
    const found = demoUsers.find((u) => u.username === username);
    if (!found) throw new Error(`No demo user ${username}`);
    const { description: _d, ...user } = found;
    return { sub: `local:${user.username}`, ...user };
  };

  return {
    as: (username: string) => callerFor(demo(username)),
    /** The district's demo coordinator, or a stand-in for districts without one (Hồng Bàng). */
    coordinator(tenantId: string, provinceId: string, stand?: { username: string; displayName: string }): Caller {
      const known = demoUsers.find((u) => u.tenantId === tenantId && u.roles.includes('coordinator'));
      if (known) return callerFor(demo(known.username));
      if (!stand) throw new Error(`No coordinator for tenant ${tenantId}`);
      return callerFor({ sub: `local:${stand.username}`, ...stand, roles: ['coordinator'], tenantId, provinceId });
    },
    /** The officer of one ward: the demo user when there is one, else "phuong.<name without marks>". */
    wardOfficer(tenantId: string, provinceId: string, wardId: string, wardName: string): Caller {
      const known = demoUsers.find((u) => u.tenantId === tenantId && u.wardId === wardId);
      if (known) return callerFor(demo(known.username));
      const username = `${slug(wardName.replace(/^(Phường|Xã|Thị trấn)\s+/u, ''))}`;
      return callerFor({
        sub: `local:phuong.${username}`,
        username: `phuong.${username}`,
        displayName: `Cán bộ ${wardName}`,
        roles: ['ward_officer'],
        tenantId,
        wardId,
        provinceId,
      });
    },
  };
}

export type Actors = ReturnType<typeof actors>;

/** "Trần Thành Ngọ" → "tranthanhngo", for usernames. */
export const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Deterministic idempotency keys: a story that stopped halfway and runs again replays what it had
 * done instead of doing it twice. The schema allows 8–100 characters of [A-Za-z0-9_.:-].
 */
export const demoKey = (...parts: Array<string | number>) => {
  const k = ['demo', ...parts].join(':');
  if (k.length > 100) throw new Error(`Idempotency key too long: ${k}`);
  return k;
};

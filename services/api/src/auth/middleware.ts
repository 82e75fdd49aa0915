import { keys, type Repository, type Stored, strip } from '@antq/db';
import type { Account, SessionUser } from '@antq/domain';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { sessionUserFromClaims, tokenIdOf } from './claims.js';
import type { TokenVerifier } from './verifier.js';

const sameScope = (user: SessionUser, account: Account) =>
  user.roles.includes(account.role) && user.tenantId === account.tenantId && user.wardId === account.wardId && user.provinceId === account.provinceId;

/**
 * Verifies the bearer token, when there is one, and puts the session user in the context.
 * A request without a token goes on anonymously (tRPC's procedures decide what needs one);
 * a token that is forged, expired or for another audience is answered 401 at once. A valid
 * token is also checked against the account as it is now (one read): a disabled account, or
 * one whose role or unit changed since the token was issued, is refused on its next request.
 */
export function authenticate(verifier: TokenVerifier, platform: Repository) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) return next();
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    let user: SessionUser | undefined;
    let tokenId: string | undefined;
    if (token) {
      try {
        const payload = await verifier.verify(token);
        user = sessionUserFromClaims(payload);
        tokenId = tokenIdOf(payload);
      } catch (error) {
        c.get('log').info('token rejected', { reason: error instanceof Error ? error.name : 'unknown' });
      }
    }
    if (!user) {
      return c.json({ error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.' } }, 401);
    }
    // The account and the sign-out mark of this token, in one round trip.
    const found = await platform.batchGet<Stored<Account>>([keys.account(user.username), ...(tokenId ? [keys.revokedToken(tokenId)] : [])]);
    if (found.some((item) => item.SK === 'TOKEN')) {
      return c.json({ error: { code: 'SIGNED_OUT', message: 'Phiên đăng nhập này đã được đăng xuất. Vui lòng đăng nhập lại.' } }, 401);
    }
    const stored = found.find((item) => item.SK === 'PROFILE');
    const account = stored && (strip(stored) as Account);
    if (!account || account.status === 'disabled') {
      c.get('log').info('token refused for its account', { username: user.username, status: account?.status ?? 'missing' });
      return c.json({ error: { code: 'ACCOUNT_DISABLED', message: 'Tài khoản đã bị khóa hoặc không còn tồn tại. Vui lòng liên hệ cán bộ quản lý tài khoản của đơn vị.' } }, 401);
    }
    if (!sameScope(user, account)) {
      return c.json({ error: { code: 'SCOPE_CHANGED', message: 'Vai trò hoặc đơn vị của tài khoản vừa được thay đổi. Vui lòng đăng nhập lại.' } }, 401);
    }
    c.set('user', { ...user, displayName: account.displayName });
    return next();
  });
}

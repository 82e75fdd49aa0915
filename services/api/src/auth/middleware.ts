import type { SessionUser } from '@antq/domain';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.js';
import { sessionUserFromClaims } from './claims.js';
import type { TokenVerifier } from './verifier.js';

/**
 * Verifies the bearer token, when there is one, and puts the session user in the context.
 * A request without a token goes on anonymously (tRPC's procedures decide what needs one);
 * a token that is forged, expired or for another audience is answered 401 at once.
 */
export function authenticate(verifier: TokenVerifier) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) return next();
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    let user: SessionUser | undefined;
    if (token) {
      try {
        user = sessionUserFromClaims(await verifier.verify(token));
      } catch (error) {
        c.get('log').info('token rejected', { reason: error instanceof Error ? error.name : 'unknown' });
      }
    }
    if (!user) {
      return c.json({ error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.' } }, 401);
    }
    c.set('user', user);
    return next();
  });
}

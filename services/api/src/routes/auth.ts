import { describeIssues } from '@antq/domain';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { Hono } from 'hono';
import { z } from 'zod';
import type { SignInProvider } from '../auth/sign-in.js';
import type { AppEnv } from '../env.js';

const signInBody = z.object({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập').max(128),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(256),
});

/** Sign-in for the console (local issuer or Cognito behind the same route) and, locally, the JWKS. */
export function authRoutes(signIn: SignInProvider, jwks?: Jwks) {
  const routes = new Hono<AppEnv>();
  routes.post('/sign-in', async (c) => {
    const body = await c.req.json().catch(() => undefined);
    const parsed = signInBody.safeParse(body);
    if (!parsed.success) {
      const { fieldErrors } = describeIssues(parsed.error);
      return c.json({ error: { code: 'BAD_REQUEST', message: 'Vui lòng nhập đủ tên đăng nhập và mật khẩu.', fieldErrors } }, 400);
    }
    const session = await signIn.signIn(parsed.data.username, parsed.data.password);
    if (!session) {
      c.get('log').info('sign-in refused', { username: parsed.data.username });
      return c.json({ error: { code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } }, 401);
    }
    return c.json(session);
  });
  if (jwks) routes.get('/jwks.json', (c) => c.json(jwks));
  return routes;
}

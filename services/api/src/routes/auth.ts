import { describeIssues, newPasswordSchema, passwordProblem } from '@antq/domain';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { IdentityProvider, SignInOutcome, SignInRefusal } from '../auth/identity-provider.js';
import { expiryOfClaims, sessionUserFromClaims, tokenIdOf } from '../auth/claims.js';
import type { SignInService } from '../auth/sign-in-service.js';
import type { TokenVerifier } from '../auth/verifier.js';
import type { AppEnv } from '../env.js';

const username = z.string().trim().toLowerCase().min(1, 'Vui lòng nhập tên đăng nhập').max(128);
const bodies = {
  signIn: z.object({ username, password: z.string().min(1, 'Vui lòng nhập mật khẩu').max(256) }),
  newPassword: z.object({ username, challengeSession: z.string().min(1).max(4096), newPassword: newPasswordSchema }),
  refresh: z.object({ username, refreshToken: z.string().min(1).max(4096) }),
  forgot: z.object({ username }),
  reset: z.object({ username, code: z.string().trim().regex(/^\d{6}$/, 'Mã xác nhận gồm 6 chữ số'), newPassword: newPasswordSchema }),
};

/** Each refusal with its own status, code and Vietnamese message: never "wrong password" for all. */
const refusals: Record<SignInRefusal, { status: ContentfulStatusCode; code: string; message: string; field?: string }> = {
  wrong_credentials: { status: 401, code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  disabled: { status: 403, code: 'ACCOUNT_DISABLED', message: 'Tài khoản đã bị khóa. Vui lòng liên hệ cán bộ quản lý tài khoản của đơn vị.' },
  password_reset_required: {
    status: 403,
    code: 'PASSWORD_RESET_REQUIRED',
    message: 'Mật khẩu của tài khoản đã được đặt lại. Vui lòng chọn "Quên mật khẩu" để nhận mã và đặt mật khẩu mới.',
  },
  invalid_password: { status: 400, code: 'BAD_REQUEST', message: passwordProblem('') ?? '', field: 'newPassword' },
  invalid_code: { status: 400, code: 'BAD_REQUEST', message: 'Mã xác nhận không đúng.', field: 'code' },
  expired_code: { status: 400, code: 'CODE_EXPIRED', message: 'Mã xác nhận đã hết hạn hoặc đã nhập sai quá nhiều lần. Vui lòng yêu cầu mã mới.', field: 'code' },
  challenge_expired: { status: 401, code: 'CHALLENGE_EXPIRED', message: 'Phiên đặt mật khẩu mới đã hết hạn. Vui lòng đăng nhập lại bằng mật khẩu dùng một lần.' },
  throttled: { status: 429, code: 'TOO_MANY_REQUESTS', message: 'Hệ thống đăng nhập đang nhận quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' },
};

function answer(c: Context<AppEnv>, outcome: SignInOutcome, username: string) {
  if (outcome.kind === 'session') return c.json(outcome.session);
  if (outcome.kind === 'challenge') return c.json({ challenge: outcome.challenge, challengeSession: outcome.challengeSession, username });
  if (outcome.kind === 'done') return c.json({ ok: true });
  const r = refusals[outcome.reason];
  c.get('log').info('auth refused', { username, reason: outcome.reason });
  return c.json({ error: { code: r.code, message: r.message, ...(r.field && { fieldErrors: { [r.field]: [r.message] } }) } }, r.status);
}

async function parse<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<{ data: z.infer<T> } | { response: Response }> {
  const body = await c.req.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (parsed.success) return { data: parsed.data };
  const { fieldErrors } = describeIssues(parsed.error);
  const first = Object.values(fieldErrors)[0]?.[0] ?? 'Dữ liệu gửi lên không hợp lệ.';
  return { response: c.json({ error: { code: 'BAD_REQUEST', message: first, fieldErrors } }, 400) };
}

/** The caller's address: API Gateway's source IP in Lambda, the socket's on Node. */
function addressOf(c: Context<AppEnv>): string {
  const env = c.env as { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Sign-in for the console and ward tools, with one contract for Cognito and the local issuer:
 * sign-in (a session, or the NEW_PASSWORD_REQUIRED challenge of a one-time password), the new
 * password that answers it, refresh, and the forgotten-password code. Locally also the JWKS.
 */
export function authRoutes(service: SignInService, identity: IdentityProvider, verifier: TokenVerifier, jwks?: Jwks) {
  const routes = new Hono<AppEnv>();

  routes.post('/sign-in', async (c) => {
    const input = await parse(c, bodies.signIn);
    if ('response' in input) return input.response;
    const outcome = await service.signIn(input.data.username, input.data.password, addressOf(c));
    if (outcome.kind === 'locked') {
      c.header('Retry-After', String(outcome.minutes * 60));
      return c.json({ error: { code: 'TOO_MANY_REQUESTS', message: `Bạn đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${outcome.minutes} phút hoặc chọn "Quên mật khẩu".` } }, 429);
    }
    return answer(c, outcome, input.data.username);
  });
  routes.post('/new-password', async (c) => {
    const input = await parse(c, bodies.newPassword);
    if ('response' in input) return input.response;
    return answer(c, await service.completeNewPassword(input.data.username, input.data.challengeSession, input.data.newPassword), input.data.username);
  });
  routes.post('/refresh', async (c) => {
    const input = await parse(c, bodies.refresh);
    if ('response' in input) return input.response;
    return answer(c, await service.refresh(input.data.username, input.data.refreshToken), input.data.username);
  });
  routes.post('/forgot-password', async (c) => {
    const input = await parse(c, bodies.forgot);
    if ('response' in input) return input.response;
    await identity.forgotPassword(input.data.username);
    // The same answer whether or not the account exists, so the form tells nobody who has one.
    return c.json({ ok: true, message: 'Nếu tài khoản tồn tại, mã đặt lại mật khẩu đã được gửi tới thư điện tử hoặc số điện thoại đã đăng ký.' }, 202);
  });
  routes.post('/reset-password', async (c) => {
    const input = await parse(c, bodies.reset);
    if ('response' in input) return input.response;
    return answer(c, await identity.confirmForgotPassword(input.data.username, input.data.code, input.data.newPassword), input.data.username);
  });
  /**
   * Sign-out that holds: this ID token is refused from now until its expiry, and the refresh token
   * given with it can no longer make new ones. Without a valid token there is nothing to sign out.
   */
  routes.post('/sign-out', async (c) => {
    const token = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const payload = token ? await verifier.verify(token).catch(() => undefined) : undefined;
    const user = sessionUserFromClaims(payload);
    if (!user) return c.json({ error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.' } }, 401);
    const body = (await c.req.json().catch(() => ({}))) as { refreshToken?: unknown };
    await service.signOut(user.username, tokenIdOf(payload), expiryOfClaims(payload), typeof body.refreshToken === 'string' ? body.refreshToken : undefined);
    c.get('log').info('signed out', { username: user.username });
    return c.json({ ok: true });
  });
  if (jwks) routes.get('/jwks.json', (c) => c.json(jwks));
  return routes;
}

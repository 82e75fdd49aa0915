import { trpcServer } from '@hono/trpc-server';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { type Context as HonoContext, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { keys } from '@antq/db';
import { authenticate } from './auth/middleware.js';
import type { IdentityProvider } from './auth/identity-provider.js';
import { SignInService } from './auth/sign-in-service.js';
import { SignInThrottle, type ThrottlePolicy } from './auth/throttle.js';
import type { TokenVerifier } from './auth/verifier.js';
import type { DataAccess } from './data-access.js';
import type { DocumentWritersLoader } from './documents/loader.js';
import type { AppEnv } from './env.js';
import { errorFields, type Logger } from './log.js';
import { authRoutes } from './routes/auth.js';
import { pullRoutes } from './routes/pull.js';
import { appRouter } from './routers/index.js';
import { dependencyUnavailable, RETRY_AFTER_SECONDS, unavailableMessage } from './unavailable.js';
import type { Context } from './trpc/context.js';

const AUTH_BODY_LIMIT = 16 * 1024;
const TRPC_BODY_LIMIT = 1024 * 1024;

export interface AppDeps {
  data: DataAccess;
  verifier: TokenVerifier;
  /** Cognito in AWS, the local issuer's accounts on one machine: one contract. */
  identity: IdentityProvider;
  /** How failed sign-ins are slowed and refused (tests shorten it). */
  throttle?: ThrottlePolicy;
  /** Published at /auth/jwks.json when the API is its own issuer (local runs). */
  jwks?: Jwks;
  findDistrict: Context['findDistrict'];
  findProvince: Context['findProvince'];
  log: Logger;
  /** The console's origin when it is served from elsewhere (CloudFront); same-origin needs no CORS. */
  consoleOrigin?: string;
  /**
   * Loads the DOCX/XLSX writers the pull API serves files with, on the first file request (they
   * stay out of the request path and of the Lambda bundle); without it those formats answer 501.
   */
  documents?: DocumentWritersLoader;
}

/**
 * The whole API as one Hono app: the same object runs on Node (local) and in Lambda.
 *
 * @example
 * const app = createApp(deps);
 * const res = await app.request('/health'); // 200
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    const log = deps.log.child({ requestId: c.get('requestId') });
    c.set('log', log);
    const started = performance.now();
    await next();
    // Responses built by tRPC or the static handler bypass c.header(): stamp the id on all of them.
    const id = c.get('requestId');
    if (c.res.headers.get('x-request-id') !== id) {
      const headers = new Headers(c.res.headers);
      headers.set('x-request-id', id);
      c.res = new Response(c.res.body, { status: c.res.status, statusText: c.res.statusText, headers });
    }
    log.info('request', { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  if (deps.consoleOrigin) {
    app.use('/trpc/*', cors({ origin: deps.consoleOrigin, allowHeaders: ['authorization', 'content-type', 'x-request-id'] }));
    app.use('/auth/*', cors({ origin: deps.consoleOrigin, allowHeaders: ['content-type'] }));
    app.use('/api/*', cors({ origin: deps.consoleOrigin, allowHeaders: ['authorization', 'accept'] }));
  }

  app.onError((error, c) => {
    if (dependencyUnavailable(error)) {
      // DynamoDB, STS or Cognito did not answer within its deadline: nothing is known to have changed.
      c.get('log').warn('dependency unavailable', errorFields(error));
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json({ error: { code: 'SERVICE_UNAVAILABLE', message: unavailableMessage } }, 503);
    }
    c.get('log').error('unhandled error', errorFields(error));
    return c.json({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Lỗi hệ thống (mã yêu cầu ${c.get('requestId')}).` } }, 500);
  });

  // A body past the limit is refused before it is read whole (a 50 MB anonymous body must not reach memory).
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => c.json({ error: { code: 'PAYLOAD_TOO_LARGE', message: `Dữ liệu gửi lên vượt quá giới hạn ${Math.round(maxSize / 1024)} KB.` } }, 413),
    });
  app.use('/auth/*', limit(AUTH_BODY_LIMIT));
  app.use('/trpc/*', limit(TRPC_BODY_LIMIT));

  app.get('/health', (c) => c.json({ status: 'ok' }));
  /** Readiness: the API answers and DynamoDB does (one GetItem), so a load balancer and a person can tell which is down. */
  app.get('/health/ready', async (c) => {
    try {
      await deps.data.platform().get(keys.platformSetting('health'));
      return c.json({ status: 'ok', dynamodb: 'ok' });
    } catch (error) {
      c.get('log').warn('readiness: DynamoDB unavailable', errorFields(error));
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return c.json({ status: 'unavailable', dynamodb: 'unavailable' }, 503);
    }
  });
  const platform = deps.data.platform();
  const signIn = new SignInService(deps.identity, platform, new SignInThrottle(platform, deps.throttle));
  app.route('/auth', authRoutes(signIn, deps.identity, deps.verifier, deps.jwks));

  const context = (c: HonoContext<AppEnv>): Context => ({
    user: c.get('user'),
    requestId: c.get('requestId'),
    log: c.get('log'),
    data: deps.data,
    identity: deps.identity,
    findDistrict: deps.findDistrict,
    findProvince: deps.findProvince,
  });
  app.use('/trpc/*', authenticate(deps.verifier, platform));
  app.use(
    '/trpc/*',
    trpcServer({
      endpoint: '/trpc',
      router: appRouter,
      createContext: (_opts, c) => context(c),
      // An unavailable dependency is worth retrying a little later: say when.
      responseMeta: ({ errors }) => (errors.some((e) => e.code === 'SERVICE_UNAVAILABLE') ? { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } } : {}),
    }),
  );
  app.use('/api/*', authenticate(deps.verifier, platform));
  app.route('/api/v1', pullRoutes(context, deps.documents));
  // Unknown API paths are JSON 404s, never the console's HTML page.
  const unknown = (c: HonoContext<AppEnv>) => c.json({ error: { code: 'NOT_FOUND', message: `Không có địa chỉ ${c.req.path} trong API.` } }, 404);
  app.all('/api/*', unknown);
  app.all('/auth/*', unknown);
  return app;
}

import type { AppRouter } from '@antq/api';
import { createTRPCClient, httpBatchLink, retryLink, TRPCClientError } from '@trpc/client';

export interface ClientOptions {
  /** The product's address, e.g. http://localhost:3000 or the CloudFront URL. */
  baseUrl: string;
  /** A token from `signIn`; read on every call so a refreshed token is picked up. */
  token: string | (() => string);
  fetch?: typeof fetch;
  /** Attempts after the first when the network or the server fails (not for refusals). Default 3. */
  retries?: number;
}

/**
 * Only failures that say nothing about the request itself are retried: no answer at all, or a
 * 5xx / 429. Mutations are safe to retry because the same input carries the same idempotency
 * key, so the server lands a retried submission once and answers with its first result.
 */
export function isTransient(error: TRPCClientError<never>): boolean {
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status === undefined ? !error.shape : status >= 500 || status === 429;
}

/**
 * A typed client for wards' own tools: every procedure of the API with its input and output types.
 *
 * @example
 * const { token } = await signIn('http://localhost:3000', 'phuong.ducninhdong', 'Antq@2025');
 * const api = createAntqClient({ baseUrl: 'http://localhost:3000', token });
 * const [ward] = await api.wards.list.query();
 */
export function createAntqClient(options: ClientOptions) {
  const token = typeof options.token === 'function' ? options.token : () => options.token as string;
  return createTRPCClient<AppRouter>({
    links: [
      retryLink({
        retry: ({ error, attempts }) => attempts <= (options.retries ?? 3) && isTransient(error as TRPCClientError<never>),
        retryDelayMs: (attempt) => Math.min(2000, 200 * 2 ** attempt),
      }),
      httpBatchLink({
        url: `${options.baseUrl.replace(/\/$/, '')}/trpc`,
        headers: () => ({ authorization: `Bearer ${token()}` }),
        fetch: options.fetch,
      }),
    ],
  });
}

export type AntqClient = ReturnType<typeof createAntqClient>;

/** A failed sign-in, with the server's Vietnamese message. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

type SessionAnswer = { token?: string; refreshToken?: string; expiresAt?: string; challenge?: string; challengeSession?: string; error?: { message?: string } };

/**
 * Signs in with a username and password and returns the session token. A one-time password
 * (a new account, or after a reset) is answered with the NEW_PASSWORD_REQUIRED challenge: then
 * `newPassword` is asked for the password to set, and the session comes from setting it.
 */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string,
  fetchImpl: typeof fetch = fetch,
  newPassword?: () => Promise<string>,
): Promise<{ token: string; refreshToken?: string; expiresAt: string }> {
  const post = async (path: string, body: unknown) => {
    const res = await fetchImpl(`${baseUrl.replace(/\/$/, '')}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { res, body: (await res.json().catch(() => ({}))) as SessionAnswer };
  };
  let { res, body } = await post('/auth/sign-in', { username, password });
  if (res.ok && body.challenge === 'NEW_PASSWORD_REQUIRED') {
    if (!newPassword) throw new SignInError('Mật khẩu này dùng một lần: cần đặt mật khẩu mới khi đăng nhập lần đầu.', 401);
    ({ res, body } = await post('/auth/new-password', { username, challengeSession: body.challengeSession, newPassword: await newPassword() }));
  }
  if (!res.ok || !body.token || !body.expiresAt) {
    throw new SignInError(body.error?.message ?? `Đăng nhập thất bại (HTTP ${res.status})`, res.status);
  }
  return { token: body.token, ...(body.refreshToken && { refreshToken: body.refreshToken }), expiresAt: body.expiresAt };
}

export { TRPCClientError };

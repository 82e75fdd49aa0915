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

/** Signs in with a username and password and returns the session token. */
export async function signIn(
  baseUrl: string,
  username: string,
  password: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ token: string; expiresAt: string }> {
  const res = await fetchImpl(`${baseUrl.replace(/\/$/, '')}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json().catch(() => ({}))) as { token?: string; expiresAt?: string; error?: { message?: string } };
  if (!res.ok || !body.token || !body.expiresAt) {
    throw new SignInError(body.error?.message ?? `Đăng nhập thất bại (HTTP ${res.status})`, res.status);
  }
  return { token: body.token, expiresAt: body.expiresAt };
}

export { TRPCClientError };

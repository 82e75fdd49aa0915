import type { AppRouter } from '@antq/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { isAccountRefusal, type Refresher, sessionRefresher } from '../auth/refresh';
import { type SessionStore, sessionStore } from '../auth/session';

/** The code and message of a 401 answer: the API's own `{ error: { code, message } }`, or nothing for other shapes. */
async function refusalOf(response: Response): Promise<{ code?: string; message?: string }> {
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { code?: unknown; message?: unknown } } | undefined;
  const error = body && !Array.isArray(body) ? body.error : undefined;
  return {
    ...(typeof error?.code === 'string' && { code: error.code }),
    ...(typeof error?.message === 'string' && { message: error.message }),
  };
}

function withToken(init: RequestInit | undefined, token: string): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${token}`);
  return { ...init, headers };
}

const tokenSent = (init: RequestInit | undefined) => new Headers(init?.headers).get('authorization')?.replace(/^Bearer\s+/i, '');

/**
 * A fetch for the API that deals with 401s: an account disabled, or whose role or unit changed,
 * ends the session with the server's message (shown on the sign-in page); an expired or refused
 * token is refreshed once and the request sent again; when that cannot be done the session ends
 * with "Phiên đăng nhập đã hết hạn".
 */
export function sessionFetch(store: SessionStore, refresher: Refresher, baseFetch: typeof fetch): typeof fetch {
  const settle = async (response: Response): Promise<boolean> => {
    if (response.status !== 401) return true;
    const { code, message } = await refusalOf(response);
    if (isAccountRefusal(code)) {
      store.signOut('refused', message);
      return true;
    }
    return false;
  };
  return async (input, init) => {
    const response = await baseFetch(input, init);
    if (await settle(response)) return response;
    const sent = tokenSent(init);
    const current = store.get();
    if (!current) return response;
    // Another request may have refreshed the token already; otherwise refresh it (once for all waiting requests).
    const renewed = current.token !== sent ? true : current.refreshToken ? (await refresher.refresh()) === 'renewed' : false;
    const token = store.get()?.token;
    if (!renewed || !token || token === sent) {
      store.signOut('expired');
      return response;
    }
    const retried = await baseFetch(input, withToken(init, token));
    if (!(await settle(retried))) store.signOut('expired');
    return retried;
  };
}

/** The typed API client: batched calls to `/trpc` with the session's bearer token, kept fresh by `sessionFetch`. */
export function createApiClient(store: SessionStore = sessionStore, baseFetch: typeof fetch = (...args) => fetch(...args), refresher: Refresher = sessionRefresher) {
  const fetcher = sessionFetch(store, refresher, baseFetch);
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        headers() {
          const token = store.get()?.token;
          return token ? { authorization: `Bearer ${token}` } : {};
        },
        fetch: (input, init) => fetcher(input as RequestInfo, init as RequestInit),
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

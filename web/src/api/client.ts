import type { AppRouter } from '@antq/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { type SessionStore, sessionStore } from '../auth/session';

/**
 * The typed API client: batched calls to `/trpc` with the session's bearer token.
 * Any 401 (expired, forged or missing token) ends the session, which sends the user back to
 * the sign-in page with "Phiên đăng nhập đã hết hạn".
 */
export function createApiClient(store: SessionStore = sessionStore, baseFetch: typeof fetch = (...args) => fetch(...args)) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        headers() {
          const token = store.get()?.token;
          return token ? { authorization: `Bearer ${token}` } : {};
        },
        async fetch(input, init) {
          const response = await baseFetch(input as RequestInfo, init as RequestInit);
          if (response.status === 401) store.signOut('expired');
          return response;
        },
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

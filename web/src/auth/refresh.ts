import { type SessionStore, sessionStore } from './session';
import { type AuthFailure, requestRefresh } from './signIn';

/** How long before the token's expiry it is refreshed (at most: a short-lived token is refreshed halfway). */
export const REFRESH_MARGIN_MS = 60_000;
/** How soon a refresh that got no answer (network, 5xx, throttled) is tried again. */
export const RETRY_MS = 15_000;

/** Milliseconds from `now` until the token should be refreshed: a minute before it expires, at once when it has. */
export function refreshDelay(expiresAt: string, now = Date.now()): number {
  const left = Date.parse(expiresAt) - now;
  if (!(left > 0)) return 0;
  return left - Math.min(REFRESH_MARGIN_MS, left / 2);
}

/** The account codes that end a session with the server's message instead of "session expired". */
const accountRefusals = new Set(['ACCOUNT_DISABLED', 'SCOPE_CHANGED']);
export const isAccountRefusal = (code: string | undefined): boolean => code !== undefined && accountRefusals.has(code);

/**
 * renewed: the session has a new token; ended: the server refused the refresh, the session is
 * over (signed out with the reason); unavailable: no answer, the session is kept until its
 * token expires and the refresh is tried again.
 */
export type RefreshOutcome = 'renewed' | 'ended' | 'unavailable';

/** What to do with a refused refresh: the account's own refusal is shown as the server says it. */
export function endOf(failure: AuthFailure): { reason: 'refused' | 'expired'; message?: string } | undefined {
  if (failure.kind === 'network' || failure.kind === 'server' || failure.code === 'TOO_MANY_REQUESTS') return undefined;
  if (failure.code && (isAccountRefusal(failure.code) || failure.status === 403)) return { reason: 'refused', ...(failure.message && { message: failure.message }) };
  return { reason: 'expired' };
}

/**
 * Refreshes the session's token with its refresh token; concurrent callers (a timer and several
 * requests answered 401 at once) share one call.
 */
export function createRefresher(store: SessionStore, fetcher: typeof fetch = (...args) => fetch(...args), now: () => number = Date.now) {
  let inFlight: Promise<RefreshOutcome> | null = null;

  async function run(): Promise<RefreshOutcome> {
    const session = store.get();
    if (!session) return 'ended';
    if (!session.refreshToken) {
      if (Date.parse(session.expiresAt) <= now()) store.signOut('expired');
      return store.get() ? 'unavailable' : 'ended';
    }
    const answer = await requestRefresh(session.username, session.refreshToken, fetcher);
    // Signed out, or signed in as someone else, while the call was out: that session is not ours to change.
    const current = store.get();
    if (!current || current.username !== session.username) return current ? 'renewed' : 'ended';
    if (answer.ok) {
      if (store.renew({ token: answer.token, ...(answer.refreshToken && { refreshToken: answer.refreshToken }) }, session.username) && Date.parse(store.get()!.expiresAt) > now()) return 'renewed';
      store.signOut('expired');
      return 'ended';
    }
    const end = endOf(answer);
    if (end) {
      store.signOut(end.reason, end.message);
      return 'ended';
    }
    if (Date.parse(session.expiresAt) <= now()) {
      store.signOut('expired');
      return 'ended';
    }
    return 'unavailable';
  }

  return {
    refresh(): Promise<RefreshOutcome> {
      inFlight ??= run().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}

export type Refresher = ReturnType<typeof createRefresher>;

/** The console's one refresher, over its one session store. */
export const sessionRefresher = createRefresher(sessionStore);

import { useEffect, useSyncExternalStore } from 'react';
import { type Refresher, refreshDelay, RETRY_MS, sessionRefresher } from './refresh';
import { type Session, type SessionStore, sessionStore } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

// setTimeout cannot wait longer than about 24.8 days.
const MAX_DELAY = 2_147_483_647;
const clamp = (ms: number) => Math.max(0, Math.min(ms, MAX_DELAY));

/**
 * Keeps the session alive: refreshes the token a minute before its `exp` (a new token renews the
 * session, which plans the next refresh); when the refresh gets no answer it is tried again until
 * the token expires, and the session ends then. A session without a refresh token ends at its
 * token's expiry. Returns the cleanup.
 */
export function keepSession(session: Session, store: SessionStore, refresher: Refresher, now: () => number = Date.now): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const expiry = Date.parse(session.expiresAt);
  const plan = (delay: number, step: () => void) => {
    timer = setTimeout(step, clamp(delay));
  };
  const attempt = () => {
    void refresher.refresh().then((outcome) => {
      if (stopped || outcome !== 'unavailable') return;
      const left = expiry - now();
      if (left <= 0) store.signOut('expired');
      else plan(Math.min(RETRY_MS, left), attempt);
    });
  };
  if (session.refreshToken) plan(refreshDelay(session.expiresAt, now()), attempt);
  else plan(expiry - now(), () => store.signOut('expired'));
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** Keeps the signed-in session alive with its refresh token, and ends it at its real expiry. */
export function useSessionKeeper(): void {
  const session = useSession();
  useEffect(() => (session ? keepSession(session, sessionStore, sessionRefresher) : undefined), [session]);
}

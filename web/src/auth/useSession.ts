import { useEffect, useSyncExternalStore } from 'react';
import { type Session, sessionStore } from './session';

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

// setTimeout cannot wait longer than about 24.8 days.
const MAX_DELAY = 2_147_483_647;

/** Ends the session when its token expires, so the user is not left clicking on a dead page. */
export function useSessionExpiry(): void {
  const session = useSession();
  useEffect(() => {
    if (!session) return;
    const delay = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(() => sessionStore.signOut('expired'), Math.max(0, Math.min(delay, MAX_DELAY)));
    return () => clearTimeout(timer);
  }, [session]);
}

/**
 * The signed-in session: the bearer token and its expiry, kept in sessionStorage so that it
 * lasts for the browser tab only. Components follow it through `useSession()`.
 */
export interface Session {
  token: string;
  expiresAt: string;
}

/** Why the user is looking at the sign-in page, when it is not their first visit. */
export type SignOutReason = 'expired' | 'signedOut';

export const SESSION_KEY = 'antq.session';

type Listener = () => void;

export function parseSession(raw: string | null, now = Date.now()): { session: Session | null; expired: boolean } {
  if (!raw) return { session: null, expired: false };
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.token !== 'string' || typeof value.expiresAt !== 'string') return { session: null, expired: false };
    const expiry = Date.parse(value.expiresAt);
    if (Number.isNaN(expiry)) return { session: null, expired: false };
    if (expiry <= now) return { session: null, expired: true };
    return { session: { token: value.token, expiresAt: value.expiresAt }, expired: false };
  } catch {
    return { session: null, expired: false };
  }
}

export function createSessionStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {
  const read = () => {
    try {
      return storage?.getItem(SESSION_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const initial = parseSession(read());
  let session = initial.session;
  let notice: SignOutReason | null = initial.expired ? 'expired' : null;
  if (initial.expired) storage?.removeItem(SESSION_KEY);
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());

  return {
    get: (): Session | null => session,
    /** The reason for the last sign-out, for the sign-in page to explain. */
    notice: (): SignOutReason | null => notice,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn(next: Session): void {
      session = next;
      notice = null;
      try {
        storage?.setItem(SESSION_KEY, JSON.stringify(next));
      } catch {
        // Storage refused: the session lasts until the page is reloaded.
      }
      emit();
    },
    signOut(reason: SignOutReason): void {
      if (!session) return;
      session = null;
      notice = reason;
      try {
        storage?.removeItem(SESSION_KEY);
      } catch {
        // Nothing to clean.
      }
      emit();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The console's one session store. */
export const sessionStore = createSessionStore(typeof window === 'undefined' ? undefined : window.sessionStorage);

/**
 * The signed-in session: the ID token, its expiry (read from the token's own `exp` claim, never
 * from a lifetime the server states beside it), the username and the refresh token, kept in
 * sessionStorage so that it lasts for the browser tab only. Components follow it through
 * `useSession()`; `refresh.ts` keeps it alive with the refresh token.
 */
export interface Session {
  token: string;
  /** The token's `exp`, as an ISO time. */
  expiresAt: string;
  username: string;
  /** Absent when the server gave none: the session then ends at the token's expiry. */
  refreshToken?: string;
}

/**
 * Why the user is looking at the sign-in page, when it is not their first visit: the session
 * expired, they signed out, the server refused the account (disabled, role or unit changed:
 * `message` is the server's own sentence).
 */
export type SignOutReason = 'expired' | 'signedOut' | 'refused';
export interface SignOutNotice {
  reason: SignOutReason;
  message?: string;
}

export const SESSION_KEY = 'antq.session';

type Listener = () => void;

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The `exp` claim of a JWT as an ISO time; undefined for anything that is not a JWT with a numeric `exp`. */
export function tokenExpiry(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(decodeBase64Url(payload)) as { exp?: unknown };
    if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return undefined;
    return new Date(claims.exp * 1000).toISOString();
  } catch {
    return undefined;
  }
}

/** A session from what the server answered; undefined when the token carries no usable `exp`. */
export function sessionFrom(answer: { token: string; refreshToken?: string }, username: string): Session | undefined {
  const expiresAt = tokenExpiry(answer.token);
  if (!expiresAt) return undefined;
  return { token: answer.token, expiresAt, username, ...(answer.refreshToken && { refreshToken: answer.refreshToken }) };
}

/**
 * A stored session, checked: garbage is ignored; a token past its expiry is dropped unless there
 * is a refresh token to get a new one with (the first request refreshes it).
 */
export function parseSession(raw: string | null, now = Date.now()): { session: Session | null; expired: boolean } {
  if (!raw) return { session: null, expired: false };
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.token !== 'string' || typeof value.username !== 'string') return { session: null, expired: false };
    const refreshToken = typeof value.refreshToken === 'string' && value.refreshToken ? value.refreshToken : undefined;
    const session = sessionFrom({ token: value.token, ...(refreshToken && { refreshToken }) }, value.username);
    if (!session) return { session: null, expired: false };
    if (Date.parse(session.expiresAt) <= now && !session.refreshToken) return { session: null, expired: true };
    return { session, expired: false };
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
  const write = (value: Session | null) => {
    try {
      if (value) storage?.setItem(SESSION_KEY, JSON.stringify(value));
      else storage?.removeItem(SESSION_KEY);
    } catch {
      // Storage refused: the session lasts until the page is reloaded.
    }
  };
  const initial = parseSession(read());
  let session = initial.session;
  let notice: SignOutNotice | null = initial.expired ? { reason: 'expired' } : null;
  if (initial.expired) write(null);
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());

  return {
    get: (): Session | null => session,
    /** The reason for the last sign-out, for the sign-in page to explain. */
    notice: (): SignOutNotice | null => notice,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn(next: Session): void {
      session = next;
      notice = null;
      write(next);
      emit();
    },
    /**
     * A refreshed ID token for the same user: the refresh token is kept unless the answer brings
     * a new one. Ignored when the session ended or changed hands meanwhile.
     */
    renew(answer: { token: string; refreshToken?: string }, username: string): boolean {
      if (!session || session.username !== username) return false;
      const expiresAt = tokenExpiry(answer.token);
      if (!expiresAt) return false;
      session = { ...session, token: answer.token, expiresAt, ...(answer.refreshToken && { refreshToken: answer.refreshToken }) };
      write(session);
      emit();
      return true;
    },
    signOut(reason: SignOutReason, message?: string): void {
      if (!session) return;
      session = null;
      notice = { reason, ...(message && { message }) };
      write(null);
      emit();
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The console's one session store. */
export const sessionStore = createSessionStore(typeof window === 'undefined' ? undefined : window.sessionStorage);

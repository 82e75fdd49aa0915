import { describe, expect, it, vi } from 'vitest';
import { createSessionStore, parseSession, SESSION_KEY } from './session';
import { requestSignIn } from './signIn';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
};

const future = new Date(Date.now() + 3_600_000).toISOString();
const past = new Date(Date.now() - 1000).toISOString();

describe('session store', () => {
  it('keeps a live session across reloads and forgets it on sign-out', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.signIn({ token: 't', expiresAt: future });
    expect(createSessionStore(storage).get()).toEqual({ token: 't', expiresAt: future });
    store.signOut('signedOut');
    expect(store.get()).toBeNull();
    expect(store.notice()).toBe('signedOut');
    expect(storage.data.has(SESSION_KEY)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('drops an expired token at load and says why', () => {
    const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify({ token: 't', expiresAt: past }) });
    const store = createSessionStore(storage);
    expect(store.get()).toBeNull();
    expect(store.notice()).toBe('expired');
    expect(storage.data.has(SESSION_KEY)).toBe(false);
  });

  it('ignores garbage', () => {
    expect(parseSession('{')).toEqual({ session: null, expired: false });
    expect(parseSession(JSON.stringify({ token: 1 }))).toEqual({ session: null, expired: false });
  });
});

describe('requestSignIn', () => {
  const answer = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status });

  it('returns the session on success', async () => {
    const result = await requestSignIn('a', 'b', answer(200, { token: 'x', expiresAt: future }));
    expect(result).toEqual({ ok: true, session: { token: 'x', expiresAt: future } });
  });

  it("passes on the server's Vietnamese message and field errors", async () => {
    const refused = await requestSignIn('a', 'b', answer(401, { error: { message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } }));
    expect(refused).toEqual({ ok: false, kind: 'refused', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const invalid = await requestSignIn('', '', answer(400, { error: { message: 'm', fieldErrors: { username: ['Vui lòng nhập tên đăng nhập'] } } }));
    expect(invalid).toMatchObject({ kind: 'invalid', fieldErrors: { username: ['Vui lòng nhập tên đăng nhập'] } });
  });

  it('reports a network failure', async () => {
    const result = await requestSignIn('a', 'b', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({ ok: false, kind: 'network' });
  });
});

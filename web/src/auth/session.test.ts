import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionFetch } from '../api/client';
import { createRefresher, endOf, refreshDelay, REFRESH_MARGIN_MS } from './refresh';
import { createSessionStore, parseSession, SESSION_KEY, sessionFrom, tokenExpiry } from './session';
import { requestNewPassword, requestSignIn, requestSignOut } from './signIn';
import { keepSession } from './useSession';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
};

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** An unsigned JWT with the claims given: the console never checks signatures, only reads `exp`. */
const jwt = (claims: Record<string, unknown>) => `${base64url(JSON.stringify({ alg: 'RS256' }))}.${base64url(JSON.stringify(claims))}.c2ln`;
const inSeconds = (s: number) => Math.floor(Date.now() / 1000) + s;
const tokenFor = (seconds: number, extra: Record<string, unknown> = {}) => jwt({ exp: inSeconds(seconds), name: 'Nguyễn Thị Hương', ...extra });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('token expiry', () => {
  it("is read from the token's exp claim (base64url, Vietnamese claims)", () => {
    const exp = inSeconds(3600);
    expect(tokenExpiry(jwt({ exp, name: 'Trần Văn Đức', 'cognito:groups': ['coordinator'] }))).toBe(new Date(exp * 1000).toISOString());
  });

  it('is unknown for anything that is not a JWT with a numeric exp', () => {
    expect(tokenExpiry('opaque')).toBeUndefined();
    expect(tokenExpiry(jwt({ exp: 'tomorrow' }))).toBeUndefined();
    expect(tokenExpiry('a.!!!.c')).toBeUndefined();
    expect(sessionFrom({ token: jwt({ sub: 'x' }) }, 'a')).toBeUndefined();
  });
});

describe('session store', () => {
  it('keeps a live session across reloads and forgets it on sign-out', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    const session = sessionFrom({ token: tokenFor(3600), refreshToken: 'r' }, 'phuong.a')!;
    store.signIn(session);
    expect(createSessionStore(storage).get()).toEqual(session);
    store.signOut('signedOut');
    expect(store.get()).toBeNull();
    expect(store.notice()).toEqual({ reason: 'signedOut' });
    expect(storage.data.has(SESSION_KEY)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("takes the expiry from the token, not from what was stored beside it", () => {
    const stored = { token: tokenFor(-10), expiresAt: new Date(Date.now() + 86_400_000).toISOString(), username: 'a' };
    const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify(stored) });
    const store = createSessionStore(storage);
    expect(store.get()).toBeNull();
    expect(store.notice()).toEqual({ reason: 'expired' });
    expect(storage.data.has(SESSION_KEY)).toBe(false);
  });

  it('keeps an expired token that has a refresh token (the first request refreshes it)', () => {
    const raw = JSON.stringify({ token: tokenFor(-10), username: 'a', refreshToken: 'r' });
    expect(parseSession(raw).session).toMatchObject({ username: 'a', refreshToken: 'r' });
  });

  it('renews the token and keeps the refresh token; says why a refused account was signed out', () => {
    const store = createSessionStore(memoryStorage());
    store.signIn(sessionFrom({ token: tokenFor(30), refreshToken: 'r' }, 'a')!);
    const next = tokenFor(3600);
    expect(store.renew({ token: next }, 'b')).toBe(false);
    expect(store.renew({ token: next }, 'a')).toBe(true);
    expect(store.get()).toEqual({ token: next, expiresAt: tokenExpiry(next), username: 'a', refreshToken: 'r' });
    expect(store.renew({ token: next, refreshToken: 'r2' }, 'a')).toBe(true);
    expect(store.get()?.refreshToken).toBe('r2');
    store.signOut('refused', 'Tài khoản đã bị khóa.');
    expect(store.notice()).toEqual({ reason: 'refused', message: 'Tài khoản đã bị khóa.' });
  });

  it('ignores garbage', () => {
    expect(parseSession('{')).toEqual({ session: null, expired: false });
    expect(parseSession(JSON.stringify({ token: 1 }))).toEqual({ session: null, expired: false });
    expect(parseSession(JSON.stringify({ token: 'x', username: 'a' }))).toEqual({ session: null, expired: false });
  });
});

describe('sign-in requests', () => {
  const answer = (status: number, body: unknown) => async () => json(status, body);

  it("returns the session with the token's own expiry, not the one the server states", async () => {
    const token = tokenFor(3600);
    const result = await requestSignIn(' Phuong.A ', 'b', answer(200, { token, refreshToken: 'r', expiresAt: '2099-01-01T00:00:00.000Z' }));
    expect(result).toEqual({ ok: true, kind: 'session', session: { token, expiresAt: tokenExpiry(token), username: 'phuong.a', refreshToken: 'r' } });
  });

  it('returns the NEW_PASSWORD_REQUIRED challenge of a one-time password', async () => {
    const result = await requestSignIn('phuong.a', 'Tam#Thoi2025xyz', answer(200, { challenge: 'NEW_PASSWORD_REQUIRED', challengeSession: 's', username: 'phuong.a' }));
    expect(result).toEqual({ ok: true, kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', challengeSession: 's', username: 'phuong.a' });
  });

  it("passes on each refusal with the server's code and Vietnamese message", async () => {
    const wrong = await requestSignIn('a', 'b', answer(401, { error: { code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } }));
    expect(wrong).toEqual({ ok: false, kind: 'refused', status: 401, code: 'UNAUTHORIZED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const locked = await requestSignIn('a', 'b', answer(429, { error: { code: 'TOO_MANY_REQUESTS', message: 'Vui lòng thử lại sau 15 phút' } }));
    expect(locked).toMatchObject({ kind: 'refused', code: 'TOO_MANY_REQUESTS', message: 'Vui lòng thử lại sau 15 phút' });
    const disabled = await requestSignIn('a', 'b', answer(403, { error: { code: 'ACCOUNT_DISABLED', message: 'Tài khoản đã bị khóa.' } }));
    expect(disabled).toMatchObject({ kind: 'refused', code: 'ACCOUNT_DISABLED' });
    const down = await requestSignIn('a', 'b', answer(503, { error: { code: 'SERVICE_UNAVAILABLE', message: 'Dịch vụ đăng nhập tạm thời không phản hồi.' } }));
    expect(down).toMatchObject({ kind: 'server', code: 'SERVICE_UNAVAILABLE', message: 'Dịch vụ đăng nhập tạm thời không phản hồi.' });
    const invalid = await requestNewPassword('a', 's', 'ngan', answer(400, { error: { message: 'm', fieldErrors: { newPassword: ['Mật khẩu cần ít nhất 12 ký tự'] } } }));
    expect(invalid).toMatchObject({ kind: 'invalid', fieldErrors: { newPassword: ['Mật khẩu cần ít nhất 12 ký tự'] } });
  });

  it('signs out on the server with the token and the refresh token, whatever the answer', async () => {
    const fetcher = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json(200, { ok: true }));
    expect(await requestSignOut({ token: 't', refreshToken: 'r' }, fetcher)).toBe(true);
    const init = fetcher.mock.calls[0]![1]!;
    expect(fetcher.mock.calls[0]![0]).toBe('/auth/sign-out');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer t');
    expect(JSON.parse(String(init.body))).toEqual({ refreshToken: 'r' });
    expect(await requestSignOut({ token: 't' }, async () => json(404, {}))).toBe(false);
    expect(
      await requestSignOut({ token: 't' }, async () => {
        throw new TypeError('offline');
      }),
    ).toBe(false);
  });

  it('reports a network failure', async () => {
    const result = await requestSignIn('a', 'b', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({ ok: false, kind: 'network' });
  });
});

describe('refresh', () => {
  afterEach(() => vi.useRealTimers());

  it('is planned a minute before the expiry, halfway for short tokens, at once when expired', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(refreshDelay(new Date(now + 3_600_000).toISOString(), now)).toBe(3_600_000 - REFRESH_MARGIN_MS);
    expect(refreshDelay(new Date(now + 40_000).toISOString(), now)).toBe(20_000);
    expect(refreshDelay(new Date(now - 1).toISOString(), now)).toBe(0);
  });

  const signedIn = (seconds = 30) => {
    const store = createSessionStore(memoryStorage());
    store.signIn(sessionFrom({ token: tokenFor(seconds), refreshToken: 'r' }, 'phuong.a')!);
    return store;
  };

  it('renews the token once for concurrent callers, keeping the refresh token', async () => {
    const store = signedIn();
    const next = tokenFor(3600);
    const fetcher = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json(200, { token: next, expiresAt: 'ignored' }));
    const refresher = createRefresher(store, fetcher);
    expect(await Promise.all([refresher.refresh(), refresher.refresh()])).toEqual(['renewed', 'renewed']);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(fetcher.mock.calls[0]![1]?.body))).toEqual({ username: 'phuong.a', refreshToken: 'r' });
    expect(store.get()).toMatchObject({ token: next, refreshToken: 'r', expiresAt: tokenExpiry(next) });
  });

  it('signs out with the server’s message when the account was disabled, as expired when the refresh token is refused', async () => {
    const disabled = signedIn();
    const message = 'Tài khoản đã bị khóa. Vui lòng liên hệ cán bộ quản lý tài khoản của đơn vị.';
    expect(await createRefresher(disabled, async () => json(403, { error: { code: 'ACCOUNT_DISABLED', message } })).refresh()).toBe('ended');
    expect(disabled.notice()).toEqual({ reason: 'refused', message });
    const refused = signedIn();
    expect(await createRefresher(refused, async () => json(401, { error: { code: 'UNAUTHORIZED', message: 'x' } })).refresh()).toBe('ended');
    expect(refused.notice()).toEqual({ reason: 'expired' });
    expect(endOf({ ok: false, kind: 'refused', status: 429, code: 'TOO_MANY_REQUESTS' })).toBeUndefined();
  });

  it('keeps the session when the refresh gets no answer, until the token expires', async () => {
    const store = signedIn(30);
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await createRefresher(store, offline).refresh()).toBe('unavailable');
    expect(store.get()).not.toBeNull();
    expect(await createRefresher(store, offline, () => Date.now() + 31_000).refresh()).toBe('ended');
    expect(store.notice()).toEqual({ reason: 'expired' });
  });

  it('refreshes on a timer before expiry and retries an unanswered refresh until the real expiry', async () => {
    vi.useFakeTimers();
    const store = signedIn(40);
    const refresh = vi.fn().mockResolvedValue('unavailable');
    const stop = keepSession(store.get()!, store, { refresh });
    await vi.advanceTimersByTimeAsync(19_000);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.get()).toBeNull();
    expect(store.notice()).toEqual({ reason: 'expired' });
    stop();
  });

  it('ends a session without a refresh token at its expiry', async () => {
    vi.useFakeTimers();
    const store = createSessionStore(memoryStorage());
    store.signIn(sessionFrom({ token: tokenFor(60) }, 'a')!);
    const refresh = vi.fn();
    keepSession(store.get()!, store, { refresh });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(store.get()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(store.get()).toBeNull();
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe('API requests answered 401', () => {
  const bearer = (init: RequestInit | undefined) => new Headers(init?.headers).get('authorization');

  it('refresh the token once and are sent again with the new one', async () => {
    const store = createSessionStore(memoryStorage());
    store.signIn(sessionFrom({ token: tokenFor(5), refreshToken: 'r' }, 'a')!);
    const old = store.get()!.token;
    const next = tokenFor(3600);
    const api = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) =>
      bearer(init) === `Bearer ${next}` ? json(200, [{ result: { data: 'ok' } }]) : json(401, { error: { code: 'UNAUTHORIZED', message: 'Phiên đăng nhập không hợp lệ' } }),
    );
    const refresher = createRefresher(store, async () => json(200, { token: next }));
    const response = await sessionFetch(store, refresher, api)('/trpc/me.get', { headers: { authorization: `Bearer ${old}` } });
    expect(response.status).toBe(200);
    expect(api).toHaveBeenCalledTimes(2);
    expect(store.get()?.token).toBe(next);
  });

  it("end the session with the server's message when the account was disabled or its scope changed", async () => {
    for (const code of ['ACCOUNT_DISABLED', 'SCOPE_CHANGED']) {
      const store = createSessionStore(memoryStorage());
      store.signIn(sessionFrom({ token: tokenFor(3600), refreshToken: 'r' }, 'a')!);
      const refresh = vi.fn();
      const message = code === 'SCOPE_CHANGED' ? 'Vai trò hoặc đơn vị của tài khoản vừa được thay đổi. Vui lòng đăng nhập lại.' : 'Tài khoản đã bị khóa.';
      const api = vi.fn(async () => json(401, { error: { code, message } }));
      const response = await sessionFetch(store, { refresh }, api)('/trpc/me.get', { headers: { authorization: `Bearer ${store.get()!.token}` } });
      expect(response.status).toBe(401);
      expect(api).toHaveBeenCalledTimes(1);
      expect(refresh).not.toHaveBeenCalled();
      expect(store.notice()).toEqual({ reason: 'refused', message });
    }
  });

  it('end the session as expired when there is no refresh token', async () => {
    const store = createSessionStore(memoryStorage());
    store.signIn(sessionFrom({ token: tokenFor(3600) }, 'a')!);
    const api = vi.fn(async () => json(401, { error: { code: 'UNAUTHORIZED' } }));
    await sessionFetch(store, { refresh: vi.fn() }, api)('/trpc/me.get', { headers: { authorization: `Bearer ${store.get()!.token}` } });
    expect(store.notice()).toEqual({ reason: 'expired' });
  });
});

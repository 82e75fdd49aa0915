import { type Session, sessionFrom } from './session';

/**
 * The API's `/auth/*` routes (JSON): sign-in, the new password a one-time password asks for,
 * refresh, and the forgotten-password code. Every answer becomes something a form can show;
 * a refusal keeps the server's own Vietnamese message and its code.
 */
export interface AuthFailure {
  ok: false;
  /** invalid: 400 (fields to fix); refused: 401, 403 or 429; server: anything else; network: no answer. */
  kind: 'refused' | 'invalid' | 'network' | 'server';
  status?: number;
  /** UNAUTHORIZED, ACCOUNT_DISABLED, PASSWORD_RESET_REQUIRED, TOO_MANY_REQUESTS, CHALLENGE_EXPIRED, SERVICE_UNAVAILABLE… */
  code?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

export type SignInResult =
  | { ok: true; kind: 'session'; session: Session }
  | { ok: true; kind: 'challenge'; challenge: 'NEW_PASSWORD_REQUIRED'; challengeSession: string; username: string }
  | AuthFailure;

interface ErrorBody {
  error?: { code?: string; message?: string; fieldErrors?: Record<string, string[]> };
}

type Fetcher = typeof fetch;
type Answer = { ok: true; body: Record<string, unknown> } | AuthFailure;

/** The username as the server keys it. */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

async function post(path: string, body: unknown, fetcher: Fetcher): Promise<Answer> {
  let response: Response;
  try {
    response = await fetcher(`/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const parsed = (await response.json().catch(() => undefined)) as (Record<string, unknown> & ErrorBody) | undefined;
  if (response.ok && parsed && !parsed.error) return { ok: true, body: parsed };
  const error = parsed?.error;
  const kind: AuthFailure['kind'] = response.status === 400 ? 'invalid' : [401, 403, 429].includes(response.status) ? 'refused' : 'server';
  return {
    ok: false,
    kind,
    status: response.status,
    ...(error?.code && { code: error.code }),
    ...(error?.message && { message: error.message }),
    ...(error?.fieldErrors && { fieldErrors: error.fieldErrors }),
  };
}

const malformed: AuthFailure = { ok: false, kind: 'server' };

function sessionAnswer(answer: Answer, username: string): SignInResult {
  if (!answer.ok) return answer;
  const { body } = answer;
  if (body.challenge === 'NEW_PASSWORD_REQUIRED' && typeof body.challengeSession === 'string') {
    return {
      ok: true,
      kind: 'challenge',
      challenge: 'NEW_PASSWORD_REQUIRED',
      challengeSession: body.challengeSession,
      username: typeof body.username === 'string' ? body.username : username,
    };
  }
  if (typeof body.token !== 'string') return malformed;
  const session = sessionFrom({ token: body.token, ...(typeof body.refreshToken === 'string' && { refreshToken: body.refreshToken }) }, username);
  return session ? { ok: true, kind: 'session', session } : malformed;
}

/** Signs in: a session, or the NEW_PASSWORD_REQUIRED challenge of a one-time password. */
export async function requestSignIn(username: string, password: string, fetcher: Fetcher = fetch): Promise<SignInResult> {
  return sessionAnswer(await post('sign-in', { username, password }, fetcher), normalizeUsername(username));
}

/** Answers the challenge with the new password; a session when it is accepted. */
export async function requestNewPassword(username: string, challengeSession: string, newPassword: string, fetcher: Fetcher = fetch): Promise<SignInResult> {
  return sessionAnswer(await post('new-password', { username, challengeSession, newPassword }, fetcher), normalizeUsername(username));
}

/** A new ID token from the refresh token; a new refresh token too when the server rotates it (otherwise the old one stays). */
export async function requestRefresh(username: string, refreshToken: string, fetcher: Fetcher = fetch): Promise<{ ok: true; token: string; refreshToken?: string } | AuthFailure> {
  const answer = await post('refresh', { username, refreshToken }, fetcher);
  if (!answer.ok) return answer;
  const { token, refreshToken: next } = answer.body;
  if (typeof token !== 'string') return malformed;
  return { ok: true, token, ...(typeof next === 'string' && next && { refreshToken: next }) };
}

/** Asks for a code to be sent to the account's e-mail or phone; the answer is the same whether or not it exists. */
export async function requestForgotPassword(username: string, fetcher: Fetcher = fetch): Promise<{ ok: true; message?: string } | AuthFailure> {
  const answer = await post('forgot-password', { username }, fetcher);
  if (!answer.ok) return answer;
  return { ok: true, ...(typeof answer.body.message === 'string' && { message: answer.body.message }) };
}

/** Sets a new password with the code that was sent. */
export async function requestResetPassword(username: string, code: string, newPassword: string, fetcher: Fetcher = fetch): Promise<{ ok: true } | AuthFailure> {
  const answer = await post('reset-password', { username, code, newPassword }, fetcher);
  return answer.ok ? { ok: true } : answer;
}

/**
 * Tells the server the session is over (its ID token refused from now on, its refresh token
 * revoked). Best effort: the console forgets the session whatever the answer, and a server
 * without the route changes nothing.
 */
export async function requestSignOut(session: Pick<Session, 'token' | 'refreshToken'>, fetcher: Fetcher = fetch): Promise<boolean> {
  try {
    const response = await fetcher('/auth/sign-out', {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify(session.refreshToken ? { refreshToken: session.refreshToken } : {}),
    });
    return response.ok;
  } catch {
    return false;
  }
}

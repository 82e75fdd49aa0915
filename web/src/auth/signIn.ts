import type { Session } from './session';

export type SignInResult =
  | { ok: true; session: Session }
  | { ok: false; message?: string; fieldErrors?: Record<string, string[]>; kind: 'refused' | 'invalid' | 'network' | 'server' };

interface ErrorBody {
  error?: { code?: string; message?: string; fieldErrors?: Record<string, string[]> };
}

/** Calls the API's sign-in route; turns every answer into something the form can show. */
export async function requestSignIn(username: string, password: string, fetcher: typeof fetch = fetch): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetcher('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return { ok: false, kind: 'network' };
  }
  const body = (await response.json().catch(() => undefined)) as (Partial<Session> & ErrorBody) | undefined;
  if (response.ok && typeof body?.token === 'string' && typeof body.expiresAt === 'string') {
    return { ok: true, session: { token: body.token, expiresAt: body.expiresAt } };
  }
  const message = body?.error?.message;
  if (response.status === 401) return { ok: false, kind: 'refused', ...(message && { message }) };
  if (response.status === 400) {
    return { ok: false, kind: 'invalid', ...(message && { message }), ...(body?.error?.fieldErrors && { fieldErrors: body.error.fieldErrors }) };
  }
  return { ok: false, kind: 'server', ...(message && { message }) };
}

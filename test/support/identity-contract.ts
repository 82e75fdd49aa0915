import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthSession, IdentityProvider, IdentityUser, SignInOutcome } from '../../services/api/src/auth/identity-provider.js';
import { IdentityUserExistsError } from '../../services/api/src/auth/identity-provider.js';

/** What a provider under test does not do: the steps that need it are not run there, and the suite's name lists them, never faked. */
export type IdentityGap = 'passwordPolicy' | 'disabledSignIn' | 'nameClaim' | 'challengeSession' | 'oneTimePasswordCheck' | 'challengeRefresh';

export interface IdentityUnderTest {
  identity: IdentityProvider;
  /** Verifies a session token as the API would (signature, issuer, audience, expiry) and answers its payload. */
  verify: (token: string) => Promise<unknown>;
  /** The next code forgotPassword sends this user (the local outbox, cognito-local's log). */
  nextCode: (username: string) => Promise<string>;
  /** Where a gap hides the effect from sign-in, how the test still sees the change was made (cognito-local's AdminGetUser). */
  isEnabled?: (username: string) => Promise<boolean>;
}

const strong = (tag: string) => `Antq@${tag}-${randomBytes(3).toString('hex')}X9`;

/**
 * The one contract both identity providers answer (Cognito, the local issuer): the account's life
 * from invitation to password change, run in order against one provider. Every step asserts the
 * outcome a user would see, so a provider that breaks a feature fails the step that names it.
 *
 * @example
 * describeIdentityContract('IdentityProvider on the local issuer', async () => ({ identity, verify }));
 */
export function describeIdentityContract(
  name: string,
  make: () => Promise<IdentityUnderTest>,
  /** Known gaps of the provider under test (an emulator's), each with its reason: named in the suite's title, their steps not run. */
  gaps: Partial<Record<IdentityGap, string>> = {},
): void {
  const notEmulated = Object.values(gaps);
  describe(notEmulated.length > 0 ? `${name}; not emulated there, so not run (checked against scripted answers in unit tests): ${notEmulated.join('; ')}` : name, () => {
    let t: IdentityUnderTest;
    const run = randomBytes(3).toString('hex');
    const officer: IdentityUser = {
      username: `phuong.contract-${run}`,
      displayName: 'Nguyễn Thị Hợp Đồng',
      role: 'ward_officer',
      tenantId: '450',
      wardId: '18853',
      provinceId: '44',
      email: `phuong.contract-${run}@example.vn`,
    };
    const oneTime = strong('once');
    let password = strong('first');
    let session: AuthSession;

    beforeAll(async () => {
      t = await make();
    });
    const gap = (g: IdentityGap) => gaps[g];
    /** A step that needs what a provider may lack: where it is lacking the step is not registered (the suite's name says so). */
    const step = (title: string, g: IdentityGap, fn: () => Promise<void>) => {
      if (!gap(g)) it(title, fn);
    };
    const expectSession = (outcome: SignInOutcome): AuthSession => {
      expect(outcome.kind, JSON.stringify(outcome)).toBe('session');
      return (outcome as Extract<SignInOutcome, { kind: 'session' }>).session;
    };
    const expectChallenge = (outcome: SignInOutcome): string => {
      expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED' });
      return (outcome as Extract<SignInOutcome, { kind: 'challenge' }>).challengeSession;
    };
    const claims = async (token: string) => (await t.verify(token)) as Record<string, unknown>;

    it('creates a ward officer with a one-time password; the first sign-in answers NEW_PASSWORD_REQUIRED', async () => {
      await t.identity.createUser(officer, oneTime);
      const challengeSession = expectChallenge(await t.identity.signIn(officer.username, oneTime));
      expect(challengeSession.length).toBeGreaterThan(0);
    });

    step('refuses a wrong one-time password (wrong_credentials, not a challenge)', 'oneTimePasswordCheck', async () => {
      expect(await t.identity.signIn(officer.username, strong('guess'))).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
    });

    step('refuses a new password weaker than the policy (invalid_password) and stays in the challenge', 'passwordPolicy', async () => {
      const challengeSession = expectChallenge(await t.identity.signIn(officer.username, oneTime));
      expect(await t.identity.completeNewPassword(officer.username, challengeSession, 'weakpass')).toEqual({ kind: 'refused', reason: 'invalid_password' });
      expectChallenge(await t.identity.signIn(officer.username, oneTime));
    });

    step('refuses a challenge session it did not issue (challenge_expired)', 'challengeSession', async () => {
      expect(await t.identity.completeNewPassword(officer.username, 'not-a-session', strong('x'))).toEqual({ kind: 'refused', reason: 'challenge_expired' });
    });

    it('answers the challenge with a strong password with a session whose token verifies and carries the role and scope', async () => {
      const challengeSession = expectChallenge(await t.identity.signIn(officer.username, oneTime));
      session = expectSession(await t.identity.completeNewPassword(officer.username, challengeSession, password));
      const payload = await claims(session.token);
      expect(payload['cognito:groups']).toEqual(['ward_officer']);
      expect(payload).toMatchObject({ 'cognito:username': officer.username, 'custom:tenantId': '450', 'custom:wardId': '18853', 'custom:provinceId': '44' });
      expect(session.expiresAt).toBe(new Date((payload.exp as number) * 1000).toISOString());
      expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
      expect(session.refreshToken).toBeTruthy();
    });

    step('puts the display name in the token (name)', 'nameClaim', async () => {
      expect((await claims(session.token)).name).toBe(officer.displayName);
    });

    step('refreshes the session the challenge answered (the console keeps a first sign-in alive too)', 'challengeRefresh', async () => {
      const refreshed = expectSession(await t.identity.refresh(officer.username, session.refreshToken!));
      expect((await claims(refreshed.token))['cognito:username']).toBe(officer.username);
    });

    it('signs in with the new password; the one-time password no longer works', async () => {
      session = expectSession(await t.identity.signIn(officer.username, password));
      expect((await claims(session.token))['cognito:username']).toBe(officer.username);
      expect(session.expiresAt).toBe(new Date(((await claims(session.token)).exp as number) * 1000).toISOString());
      expect(await t.identity.signIn(officer.username, oneTime)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
    });

    it('refreshes a session into a new one with its expiry from the token, and refuses a refresh token it did not issue', async () => {
      const refreshed = expectSession(await t.identity.refresh(officer.username, session.refreshToken!));
      const payload = await claims(refreshed.token);
      expect(payload['cognito:username']).toBe(officer.username);
      expect(payload['custom:wardId']).toBe('18853');
      expect(refreshed.expiresAt).toBe(new Date((payload.exp as number) * 1000).toISOString());
      // The refresh token may come back (Cognito's, unchanged) or not (the caller keeps the one it has).
      if (refreshed.refreshToken) expectSession(await t.identity.refresh(officer.username, refreshed.refreshToken));
      expect(await t.identity.refresh(officer.username, 'not-a-refresh-token')).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
    });

    it('revokes a refresh token at sign-out: it gives no new session afterwards', async () => {
      const fresh = expectSession(await t.identity.signIn(officer.username, password));
      expectSession(await t.identity.refresh(officer.username, fresh.refreshToken!));
      await t.identity.revokeRefreshToken(officer.username, fresh.refreshToken!);
      expect((await t.identity.refresh(officer.username, fresh.refreshToken!)).kind).toBe('refused');
      expectSession(await t.identity.signIn(officer.username, password));
    });

    it('refuses a wrong password and an unknown user alike (wrong_credentials)', async () => {
      expect(await t.identity.signIn(officer.username, `${password}x`)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
      expect(await t.identity.signIn(`khongco-${run}`, password)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
    });

    it('moves the officer to ward 18856: the next token carries it', async () => {
      await t.identity.updateUser({ ...officer, wardId: '18856', displayName: 'Nguyễn Thị Chuyển Phường' });
      const payload = await claims(expectSession(await t.identity.signIn(officer.username, password)).token);
      expect(payload['custom:wardId']).toBe('18856');
      expect(payload['custom:tenantId']).toBe('450');
      if (!gap('nameClaim')) expect(payload.name).toBe('Nguyễn Thị Chuyển Phường');
    });

    it('disables the account', async () => {
      await t.identity.setEnabled(officer.username, false);
      if (t.isEnabled) expect(await t.isEnabled(officer.username)).toBe(false);
    });

    step('refuses sign-in of a disabled account (disabled, not wrong_credentials)', 'disabledSignIn', async () => {
      expect(await t.identity.signIn(officer.username, password)).toEqual({ kind: 'refused', reason: 'disabled' });
    });

    it('enables it again: sign-in works', async () => {
      await t.identity.setEnabled(officer.username, true);
      if (t.isEnabled) expect(await t.isEnabled(officer.username)).toBe(true);
      expectSession(await t.identity.signIn(officer.username, password));
    });

    it('gives a new one-time password: the next sign-in is the challenge again, then the new password works', async () => {
      const again = strong('reset');
      await t.identity.setTemporaryPassword(officer.username, again);
      const challengeSession = expectChallenge(await t.identity.signIn(officer.username, again));
      if (!gap('oneTimePasswordCheck')) {
        expect(await t.identity.signIn(officer.username, password)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
      }
      password = strong('after-reset');
      expectSession(await t.identity.completeNewPassword(officer.username, challengeSession, password));
      expectSession(await t.identity.signIn(officer.username, password));
    });

    it('changes the password only with the right current one; then the new one works and the old one not', async () => {
      const next = strong('changed');
      expect(await t.identity.changePassword(officer.username, `${password}x`, next)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
      expectSession(await t.identity.signIn(officer.username, password));
      const changed = await t.identity.changePassword(officer.username, password, next);
      expect(['done', 'session']).toContain(changed.kind);
      expectSession(await t.identity.signIn(officer.username, next));
      expect(await t.identity.signIn(officer.username, password)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
      password = next;
    });

    step('refuses a weak password on change (invalid_password)', 'passwordPolicy', async () => {
      expect(await t.identity.changePassword(officer.username, password, 'weakpass')).toEqual({ kind: 'refused', reason: 'invalid_password' });
      expectSession(await t.identity.signIn(officer.username, password));
    });

    it('refuses to create the same username twice (IdentityUserExistsError)', async () => {
      await expect(t.identity.createUser(officer, strong('twice'))).rejects.toBeInstanceOf(IdentityUserExistsError);
    });

    it('resets a forgotten password with the code sent to the contact; a wrong code is refused', async () => {
      await expect(t.identity.forgotPassword(`khongco-${run}`)).resolves.toBeUndefined();
      await t.identity.forgotPassword(officer.username);
      const code = await t.nextCode(officer.username);
      const next = strong('forgot');
      expect(await t.identity.confirmForgotPassword(officer.username, `${code}9`, next)).toEqual({ kind: 'refused', reason: 'invalid_code' });
      if (!gap('passwordPolicy')) {
        expect(await t.identity.confirmForgotPassword(officer.username, code, 'weakpass')).toEqual({ kind: 'refused', reason: 'invalid_password' });
      }
      expect(await t.identity.confirmForgotPassword(officer.username, code, next)).toEqual({ kind: 'done' });
      expectSession(await t.identity.signIn(officer.username, next));
      expect(await t.identity.signIn(officer.username, password)).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
    });
  });
}

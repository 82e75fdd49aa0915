import type { Account } from '@antq/domain';

/**
 * Where passwords live and tokens come from: Cognito in AWS, the local issuer on one machine.
 * Both answer the same contract, so the account procedures and the sign-in routes have one code
 * path; `cognito-identity.ts` and `local-identity.ts` implement it.
 */
export interface IdentityProvider {
  /** Creates the user with a one-time password (the first sign-in must set a new one), in the role's group, with the scope attributes. */
  createUser(user: IdentityUser, temporaryPassword: string): Promise<void>;
  /** Replaces the name and scope attributes (a ward officer moved to another ward). */
  updateUser(user: IdentityUser): Promise<void>;
  setEnabled(username: string, enabled: boolean): Promise<void>;
  /** Gives the user a new one-time password: the next sign-in asks for a new password. */
  setTemporaryPassword(username: string, temporaryPassword: string): Promise<void>;
  signIn(username: string, password: string): Promise<SignInOutcome>;
  /** Answers the NEW_PASSWORD_REQUIRED challenge of a first sign-in (or after a reset). */
  completeNewPassword(username: string, challengeSession: string, newPassword: string): Promise<SignInOutcome>;
  refresh(username: string, refreshToken: string): Promise<SignInOutcome>;
  /** Sign-out: the refresh token can no longer give new ID tokens. */
  revokeRefreshToken(username: string, refreshToken: string): Promise<void>;
  /** Sends a code to the user's e-mail or phone (in AWS by Cognito; locally to the outbox and the log). */
  forgotPassword(username: string): Promise<void>;
  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<SignInOutcome>;
  /** Checks the current password and sets a new permanent one. */
  changePassword(username: string, currentPassword: string, newPassword: string): Promise<SignInOutcome>;
}

/** What the identity side knows of an account: the claims its tokens carry and the contact codes go to. */
export type IdentityUser = Pick<Account, 'username' | 'displayName' | 'role' | 'tenantId' | 'wardId' | 'provinceId' | 'email' | 'phone'>;

export interface AuthSession {
  /** The ID token the API verifies (Cognito's claim names either way). */
  token: string;
  refreshToken?: string;
  /** From the token's own `exp`, not from a lifetime the issuer states separately. */
  expiresAt: string;
}

export type SignInRefusal =
  | 'wrong_credentials'
  | 'disabled'
  | 'password_reset_required'
  | 'invalid_password'
  | 'invalid_code'
  | 'expired_code'
  | 'challenge_expired'
  | 'throttled';

export type SignInOutcome =
  | { kind: 'session'; session: AuthSession }
  | { kind: 'challenge'; challenge: 'NEW_PASSWORD_REQUIRED'; challengeSession: string }
  | { kind: 'refused'; reason: SignInRefusal }
  | { kind: 'done' };

/** The identity service did not answer in time or could not be reached: nothing is known to have changed; 503. */
export class IdentityUnavailableError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`Identity provider unavailable: ${detail}`, options);
    this.name = 'IdentityUnavailableError';
  }
}

/** The username is taken on the identity side. */
export class IdentityUserExistsError extends Error {
  constructor(username: string) {
    super(`User ${username} exists`);
    this.name = 'IdentityUserExistsError';
  }
}

/** The e-mail is another user's sign-in alias already (Cognito's AliasExistsException). */
export class IdentityContactTakenError extends Error {
  constructor(username: string) {
    super(`The e-mail of ${username} is another user's alias`);
    this.name = 'IdentityContactTakenError';
  }
}

/** The exp claim of a JWT, as an ISO time (no signature check: the token came from the issuer itself). */
export function expiryOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number };
  if (typeof payload.exp !== 'number') throw new Error('Token without exp');
  return new Date(payload.exp * 1000).toISOString();
}

import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createItem, getAccount, keys, putItem, type Repository, VersionConflictError } from '@antq/db';
import { type Account, passwordProblem } from '@antq/domain';
import type { Logger } from '../log.js';
import { sendLocalMessage } from './local-outbox.js';
import { type AuthSession, type IdentityProvider, type IdentityUser, IdentityUserExistsError, type SignInOutcome } from './identity-provider.js';
import type { LocalIssuer } from './local-issuer.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** Cognito's part of an account, on one machine: the password hash and its one-time state. */
interface LocalCredential {
  username: string;
  passwordHash: string;
  /** A one-time password (invitation or reset): the next sign-in must set a new one. */
  mustChange: boolean;
  disabled: boolean;
  resetCode?: { hash: string; expiresAt: string; attempts: number };
}

const REFRESH_DAYS = 30;
const CODE_MINUTES = 60;
const CODE_ATTEMPTS = 5;
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const actor = { sub: 'local-identity', username: 'local-identity' };
// Compared against when the username is unknown, so that a miss costs what a hit costs.
const decoyHash = hashPassword('decoy password that matches nothing');

/**
 * The local stand-in for Cognito behind the `IdentityProvider` contract: credentials in DynamoDB
 * Local, scrypt-hashed; ID tokens from the local issuer with the account's claims; codes and
 * invitations written to the local outbox and the log instead of e-mail or SMS.
 */
export class LocalIdentity implements IdentityProvider {
  constructor(
    private readonly platform: Repository,
    private readonly issuer: LocalIssuer,
    private readonly log: Logger,
  ) {}

  private credential(username: string): Promise<LocalCredential | undefined> {
    return this.platform.get<LocalCredential>(keys.localCredential(username));
  }

  private async saveCredential(credential: LocalCredential, action: string): Promise<void> {
    await this.platform.commit([putItem(this.platform.tableName, { ...keys.localCredential(credential.username), entity: 'LocalCredential', ...credential })], {
      actor,
      action,
      entityType: 'LocalCredential',
      entityId: credential.username,
    });
  }

  async createUser(user: IdentityUser, temporaryPassword: string): Promise<void> {
    const credential: LocalCredential = { username: user.username, passwordHash: await hashPassword(temporaryPassword), mustChange: true, disabled: false };
    try {
      await this.platform.commit([createItem(this.platform.tableName, { ...keys.localCredential(user.username), entity: 'LocalCredential', ...credential })], {
        actor,
        action: 'credential.create',
        entityType: 'LocalCredential',
        entityId: user.username,
      });
    } catch (error) {
      if (error instanceof VersionConflictError) throw new IdentityUserExistsError(user.username);
      throw error;
    }
    await this.send(user, 'Tài khoản hệ thống ANTQ', `Tên đăng nhập: ${user.username}. Mật khẩu dùng một lần: ${temporaryPassword}. Lần đăng nhập đầu tiên cần đặt mật khẩu mới.`);
  }

  /** Locally the claims are read from the account at each sign-in: nothing to copy. */
  async updateUser(): Promise<void> {}

  async setEnabled(username: string, enabled: boolean): Promise<void> {
    const credential = await this.credential(username);
    if (credential) await this.saveCredential({ ...credential, disabled: !enabled }, enabled ? 'credential.enable' : 'credential.disable');
  }

  async setTemporaryPassword(username: string, temporaryPassword: string): Promise<void> {
    const credential = await this.credential(username);
    if (!credential) return;
    await this.saveCredential({ ...credential, passwordHash: await hashPassword(temporaryPassword), mustChange: true, resetCode: undefined }, 'credential.reset');
  }

  /** The demo accounts' shared password, set by the seed only: it predates the policy and is kept for the README. */
  async setPermanentPassword(username: string, password: string): Promise<void> {
    const credential = await this.credential(username);
    if (credential) await this.saveCredential({ ...credential, passwordHash: await hashPassword(password), mustChange: false }, 'credential.seedPassword');
  }

  async signIn(username: string, password: string): Promise<SignInOutcome> {
    const credential = await this.credential(username);
    const matches = await verifyPassword(password, credential?.passwordHash ?? (await decoyHash));
    if (!credential || !matches) return { kind: 'refused', reason: 'wrong_credentials' };
    if (credential.disabled) return { kind: 'refused', reason: 'disabled' };
    if (credential.mustChange) return { kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', challengeSession: await this.issuer.challengeFor(credential.username) };
    return this.session(credential.username, true);
  }

  async completeNewPassword(username: string, challengeSession: string, newPassword: string): Promise<SignInOutcome> {
    const credential = await this.credential(username);
    if (!credential || !credential.mustChange || !(await this.issuer.challengeValid(challengeSession, credential.username))) {
      return { kind: 'refused', reason: 'challenge_expired' };
    }
    if (passwordProblem(newPassword)) return { kind: 'refused', reason: 'invalid_password' };
    if (credential.disabled) return { kind: 'refused', reason: 'disabled' };
    await this.saveCredential({ ...credential, passwordHash: await hashPassword(newPassword), mustChange: false }, 'credential.newPassword');
    return this.session(credential.username, true);
  }

  async refresh(username: string, refreshToken: string): Promise<SignInOutcome> {
    const stored = await this.platform.get<{ expiresAt: number }>(keys.localRefresh(username, sha256(refreshToken)));
    const credential = await this.credential(username);
    if (!stored || stored.expiresAt * 1000 < Date.now() || !credential) return { kind: 'refused', reason: 'wrong_credentials' };
    if (credential.disabled) return { kind: 'refused', reason: 'disabled' };
    return this.session(credential.username, false);
  }

  async revokeRefreshToken(username: string, refreshToken: string): Promise<void> {
    await this.platform.write({ Delete: { TableName: this.platform.tableName, Key: keys.localRefresh(username, sha256(refreshToken)) } });
  }

  async forgotPassword(username: string): Promise<void> {
    const [credential, account] = await Promise.all([this.credential(username), getAccount(this.platform, username)]);
    // Unknown or disabled users get the same answer as known ones: the route says "if the account exists…".
    if (!credential || !account || credential.disabled) return;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(Date.now() + CODE_MINUTES * 60_000).toISOString();
    await this.saveCredential({ ...credential, resetCode: { hash: sha256(code), expiresAt, attempts: 0 } }, 'credential.forgotPassword');
    await this.send(account, 'Mã đặt lại mật khẩu ANTQ', `Mã đặt lại mật khẩu của tài khoản ${account.username}: ${code} (hiệu lực ${CODE_MINUTES} phút).`);
  }

  async confirmForgotPassword(username: string, code: string, newPassword: string): Promise<SignInOutcome> {
    const credential = await this.credential(username);
    const reset = credential?.resetCode;
    if (!credential || !reset) return { kind: 'refused', reason: 'invalid_code' };
    if (reset.expiresAt < new Date().toISOString() || reset.attempts >= CODE_ATTEMPTS) return { kind: 'refused', reason: 'expired_code' };
    if (sha256(code.trim()) !== reset.hash) {
      await this.saveCredential({ ...credential, resetCode: { ...reset, attempts: reset.attempts + 1 } }, 'credential.codeMismatch');
      return { kind: 'refused', reason: 'invalid_code' };
    }
    if (passwordProblem(newPassword)) return { kind: 'refused', reason: 'invalid_password' };
    await this.saveCredential({ ...credential, passwordHash: await hashPassword(newPassword), mustChange: false, resetCode: undefined }, 'credential.confirmForgotPassword');
    return { kind: 'done' };
  }

  async changePassword(username: string, currentPassword: string, newPassword: string): Promise<SignInOutcome> {
    const credential = await this.credential(username);
    if (!credential || !(await verifyPassword(currentPassword, credential.passwordHash))) return { kind: 'refused', reason: 'wrong_credentials' };
    if (passwordProblem(newPassword)) return { kind: 'refused', reason: 'invalid_password' };
    await this.saveCredential({ ...credential, passwordHash: await hashPassword(newPassword), mustChange: false }, 'credential.change');
    return { kind: 'done' };
  }

  /** An ID token with the account's current claims, and a refresh token kept by its hash. */
  private async session(username: string, withRefresh: boolean): Promise<SignInOutcome> {
    const account = await getAccount(this.platform, username);
    if (!account) return { kind: 'refused', reason: 'wrong_credentials' };
    const { token, expiresAt } = await this.issuer.issue(tokenSubjectOf(account));
    const session: AuthSession = { token, expiresAt };
    if (withRefresh) {
      const refreshToken = randomBytes(32).toString('base64url');
      const expires = Math.floor(Date.now() / 1000) + REFRESH_DAYS * 86_400;
      await this.platform.write(putItem(this.platform.tableName, { ...keys.localRefresh(username, sha256(refreshToken)), entity: 'LocalRefreshToken', expiresAt: expires }));
      session.refreshToken = refreshToken;
    }
    return { kind: 'session', session };
  }

  private send(to: Pick<IdentityUser, 'username' | 'email' | 'phone'>, subject: string, body: string) {
    return sendLocalMessage(this.platform, this.log, { to: to.email ?? to.phone ?? to.username, username: to.username, subject, body });
  }
}

export const tokenSubjectOf = (account: Pick<Account, 'username' | 'displayName' | 'role' | 'tenantId' | 'wardId' | 'provinceId'>) => ({
  username: account.username,
  displayName: account.displayName,
  roles: [account.role],
  ...(account.tenantId && { tenantId: account.tenantId }),
  ...(account.wardId && { wardId: account.wardId }),
  ...(account.provinceId && { provinceId: account.provinceId }),
});

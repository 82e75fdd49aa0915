import { accountAudit, accountWrite, getAccount, keys, putItem, type Repository } from '@antq/db';
import type { IdentityProvider, SignInOutcome, SignInRefusal } from './identity-provider.js';
import type { SignInThrottle } from './throttle.js';

export type SignInAnswer = SignInOutcome | { kind: 'locked'; minutes: number };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The sign-in steps both worlds share: guessing is slowed and then refused per username and per
 * address before the identity provider is asked; a successful sign-in clears the username's count
 * and is written on the account (the first one turns "invited" into "active", with an audit entry).
 */
export class SignInService {
  constructor(
    private readonly identity: IdentityProvider,
    private readonly platform: Repository,
    private readonly throttle: SignInThrottle,
  ) {}

  async signIn(username: string, password: string, address: string): Promise<SignInAnswer> {
    const gate = await this.throttle.check(username, address);
    if (gate.lockedMinutes) return { kind: 'locked', minutes: gate.lockedMinutes };
    if (gate.delayMs > 0) await pause(gate.delayMs);
    const outcome = await this.identity.signIn(username, password);
    if (outcome.kind === 'refused' && outcome.reason === 'wrong_credentials') {
      await this.throttle.recordFailure(username, address);
      return outcome;
    }
    if (outcome.kind !== 'refused') await this.throttle.recordSuccess(username);
    return outcome.kind === 'session' ? this.signedIn(username, outcome) : outcome;
  }

  async completeNewPassword(username: string, challengeSession: string, newPassword: string): Promise<SignInOutcome> {
    const outcome = await this.identity.completeNewPassword(username, challengeSession, newPassword);
    return outcome.kind === 'session' ? this.signedIn(username, outcome) : outcome;
  }

  async refresh(username: string, refreshToken: string): Promise<SignInOutcome> {
    const account = await getAccount(this.platform, username);
    if (!account) return { kind: 'refused', reason: 'wrong_credentials' };
    if (account.status === 'disabled') return { kind: 'refused', reason: 'disabled' satisfies SignInRefusal };
    return this.identity.refresh(username, refreshToken);
  }

  /**
   * The account decides, whatever the identity side said: one without an account item, or
   * disabled here, gets no session (the API would refuse its token on the next request anyway).
   */
  /** Refuses this token id until its expiry (the mark then expires itself) and revokes the refresh token. */
  async signOut(username: string, tokenId: string | undefined, expiresAt: number | undefined, refreshToken: string | undefined): Promise<void> {
    if (tokenId) {
      const until = expiresAt ?? Math.floor(Date.now() / 1000) + 24 * 3600;
      await this.platform.write(putItem(this.platform.tableName, { ...keys.revokedToken(tokenId), entity: 'RevokedToken', username, expiresAt: until }));
    }
    if (refreshToken) await this.identity.revokeRefreshToken(username, refreshToken);
  }

  private async signedIn(username: string, outcome: SignInOutcome): Promise<SignInOutcome> {
    const account = await getAccount(this.platform, username);
    if (!account) return { kind: 'refused', reason: 'wrong_credentials' };
    if (account.status === 'disabled') return { kind: 'refused', reason: 'disabled' };
    const now = new Date().toISOString();
    if (account.status === 'invited') {
      const next = { ...account, status: 'active' as const, lastSignInAt: now, updatedAt: now, version: account.version + 1 };
      await this.platform.commit([accountWrite(this.platform, next, account.version)], accountAudit(next, { sub: username, username }, 'account.activate', { status: 'invited' }, { status: 'active' }));
      return outcome;
    }
    // The time of a sign-in is bookkeeping, not a change of the account: no new version.
    await this.platform.write({
      Update: { TableName: this.platform.tableName, Key: keys.account(username), UpdateExpression: 'SET lastSignInAt = :now', ExpressionAttributeValues: { ':now': now } },
    });
    return outcome;
  }
}

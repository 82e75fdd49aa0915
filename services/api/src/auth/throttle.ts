import { keys, type Repository } from '@antq/db';

/** How guessing is slowed and then stopped, per username and per client address. */
export interface ThrottlePolicy {
  /** Failures (within the window) after which each further attempt waits a little longer. */
  slowAfter: number;
  delayStepMs: number;
  maxDelayMs: number;
  /** Failures within the window that lock the username (or the address) for `lockMinutes`. */
  lockUserAfter: number;
  lockAddressAfter: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const defaultThrottle: ThrottlePolicy = {
  slowAfter: 2,
  delayStepMs: 400,
  maxDelayMs: 2_000,
  lockUserAfter: 5,
  lockAddressAfter: 30,
  windowMinutes: 15,
  lockMinutes: 15,
};

interface Counter {
  failures: number;
  windowStart: number;
  lockedUntil?: number;
}

/**
 * Failed sign-ins counted in DynamoDB (so every Lambda instance sees the same counts), in items
 * that expire by themselves. In AWS Cognito has its own protection as well; this one gives the
 * user a clear Vietnamese answer and works the same on one machine.
 */
export class SignInThrottle {
  constructor(
    private readonly platform: Repository,
    private readonly policy: ThrottlePolicy = defaultThrottle,
  ) {}

  private async counter(kind: 'user' | 'address', value: string): Promise<Counter | undefined> {
    const item = await this.platform.get<Counter>(keys.signInThrottle(kind, value));
    if (!item || item.windowStart + this.policy.windowMinutes * 60_000 < Date.now()) return item?.lockedUntil && item.lockedUntil > Date.now() ? item : undefined;
    return item;
  }

  /** Minutes left of a lock, or the delay to apply before answering. */
  async check(username: string, address: string): Promise<{ lockedMinutes?: number; delayMs: number }> {
    const [user, from] = await Promise.all([this.counter('user', username), this.counter('address', address)]);
    const lockedUntil = Math.max(user?.lockedUntil ?? 0, from?.lockedUntil ?? 0);
    if (lockedUntil > Date.now()) return { lockedMinutes: Math.ceil((lockedUntil - Date.now()) / 60_000), delayMs: 0 };
    const failures = user?.failures ?? 0;
    const delayMs = failures > this.policy.slowAfter ? Math.min(this.policy.maxDelayMs, (failures - this.policy.slowAfter) * this.policy.delayStepMs) : 0;
    return { delayMs };
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([this.bump('user', username, this.policy.lockUserAfter), this.bump('address', address, this.policy.lockAddressAfter)]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.platform.write({ Delete: { TableName: this.platform.tableName, Key: keys.signInThrottle('user', username) } });
  }

  private async bump(kind: 'user' | 'address', value: string, lockAfter: number): Promise<void> {
    const now = Date.now();
    const current = await this.counter(kind, value);
    const failures = (current?.failures ?? 0) + 1;
    const windowStart = current?.windowStart ?? now;
    const lockedUntil = failures >= lockAfter ? now + this.policy.lockMinutes * 60_000 : current?.lockedUntil;
    const expiresAt = Math.ceil((Math.max(windowStart + this.policy.windowMinutes * 60_000, lockedUntil ?? 0) + 60_000) / 1000);
    // Last writer wins between concurrent failures: a count off by one under a burst is harmless here.
    await this.platform.write({
      Put: {
        TableName: this.platform.tableName,
        Item: { ...keys.signInThrottle(kind, value), entity: 'SignInThrottle', failures: failures >= lockAfter ? 0 : failures, windowStart: failures >= lockAfter ? now : windowStart, ...(lockedUntil && { lockedUntil }), expiresAt },
      },
    });
  }
}

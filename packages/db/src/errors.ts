/** A key outside the repository's scope: a programming error or an attack, never user data. */
export class ScopeViolationError extends Error {
  constructor(scope: string, key: string) {
    super(`Key ${key} is outside ${scope}`);
    this.name = 'ScopeViolationError';
  }
}

/** The item changed since the caller read it (or exists when it should not). */
export class VersionConflictError extends Error {
  constructor(
    readonly key: { PK: string; SK: string },
    readonly currentVersion: number | null,
    readonly current: Record<string, unknown> | undefined,
  ) {
    super(`Version conflict on ${key.PK} ${key.SK}: current version ${currentVersion ?? 'none'}`);
    this.name = 'VersionConflictError';
  }
}

/** An idempotency key reused for a different request. */
export class IdempotencyMismatchError extends Error {
  constructor(readonly key: string) {
    super(`Idempotency key ${key} was used for a different request`);
    this.name = 'IdempotencyMismatchError';
  }
}

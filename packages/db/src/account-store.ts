import type { Account } from '@antq/domain';
import { keys, partitions } from './keys.js';
import { type Stored, strip } from './records.js';
import type { AuditEntry, Repository } from './repository.js';
import { createItem, replaceItem, type WriteOp } from './writes.js';

/**
 * Accounts, on the platform's partitions: one item per person (`USER#<username>` / `PROFILE`),
 * indexed on GSI1 by province (`T#<district>#<username>` for a district's people, `P#<username>`
 * for provincial staff) so that a district's or a province's accounts are one query.
 */
function indexOf(account: Account): { GSI1PK: string; GSI1SK: string } {
  if (account.role === 'operator' || !account.provinceId) return { GSI1PK: partitions.operatorAccounts, GSI1SK: account.username };
  const sk = account.tenantId ? `T#${account.tenantId}#${account.username}` : `P#${account.username}`;
  return { GSI1PK: partitions.accountsOfProvince(account.provinceId), GSI1SK: sk };
}

const toAccountItem = (account: Account) => {
  const { version: _v, ...rest } = account;
  return { ...keys.account(account.username), entity: 'Account', ...indexOf(account), ...rest };
};

export async function getAccount(platform: Repository, username: string): Promise<Account | undefined> {
  const item = await platform.get<Stored<Account>>(keys.account(username));
  return item ? (strip(item) as Account) : undefined;
}

/** Accounts of one district, of a whole province (its districts and its own staff), or the operators. */
export async function listAccounts(platform: Repository, scope: { provinceId: string; tenantId?: string } | 'operators'): Promise<Account[]> {
  const items =
    scope === 'operators'
      ? await platform.query<Stored<Account>>({ pk: partitions.operatorAccounts, index: 'GSI1' })
      : await platform.query<Stored<Account>>({
          pk: partitions.accountsOfProvince(scope.provinceId),
          index: 'GSI1',
          ...(scope.tenantId && { skBeginsWith: `T#${scope.tenantId}#` }),
        });
  return items.map((i) => strip(i) as Account);
}

/** Writes of an account change: created when new (fails if the username is taken), else replaced at its version. */
export function accountWrite(platform: Repository, account: Account, expectedVersion: number): WriteOp {
  return expectedVersion === 0 ? createItem(platform.tableName, toAccountItem(account)) : replaceItem(platform.tableName, toAccountItem(account), expectedVersion);
}

/** The audit entry of an account change goes to the district's trail when the account has one. */
export function accountAudit(account: Pick<Account, 'username' | 'tenantId'>, actor: AuditEntry['actor'], action: string, before: unknown, after: unknown, requestId?: string): AuditEntry {
  return { ...(account.tenantId && { tenantId: account.tenantId }), actor, action, entityType: 'Account', entityId: account.username, before, after, requestId };
}

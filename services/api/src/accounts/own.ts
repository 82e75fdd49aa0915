import { accountAudit, accountWrite, getAccount, VersionConflictError } from '@antq/db';
import type { Account } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { invalid } from '../cycle/mutate.js';
import type { AccountsContext } from './service.js';

type OwnContext = Omit<AccountsContext, 'findProvince'>;

const mine = async (ctx: OwnContext): Promise<Account> => {
  const account = await getAccount(ctx.platform, ctx.user.username);
  if (!account) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy tài khoản.' });
  return account;
};

/** A person changes the name others see; their role and unit are their manager's to change. */
export async function ownProfile(ctx: OwnContext, input: { displayName: string; expectedVersion: number }): Promise<Account> {
  const current = await mine(ctx);
  if (current.version !== input.expectedVersion) throw new VersionConflictError({ PK: 'account', SK: current.username }, current.version, undefined);
  const next = { ...current, displayName: input.displayName, updatedAt: new Date().toISOString(), version: current.version + 1 };
  await ctx.identity.updateUser(next);
  await ctx.platform.commit([accountWrite(ctx.platform, next, current.version)], accountAudit(next, { sub: ctx.user.sub, username: ctx.user.username }, 'account.updateProfile', { displayName: current.displayName }, { displayName: next.displayName }, ctx.requestId));
  return next;
}

export async function changeOwnPassword(ctx: OwnContext, input: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
  const outcome = await ctx.identity.changePassword(ctx.user.username, input.currentPassword, input.newPassword);
  if (outcome.kind === 'refused' && outcome.reason === 'wrong_credentials') throw invalid([{ path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng' }]);
  if (outcome.kind === 'refused') throw invalid([{ path: 'newPassword', message: 'Mật khẩu mới không đạt yêu cầu: ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt' }]);
  return { ok: true };
}

import { getAccount } from '@antq/db';
import {
  accountRefInput,
  changeOwnPasswordInput,
  createAccountInput,
  importAccountsInput,
  listAccountsInput,
  resetAccountPasswordInput,
  setAccountEnabledInput,
  updateAccountInput,
  updateOwnProfileInput,
} from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { grantableRoles } from '../../accounts/access.js';
import { ownProfile, changeOwnPassword } from '../../accounts/own.js';
import {
  createAccount,
  findAccounts,
  importAccounts,
  manageableAccount,
  resetAccountPassword,
  setAccountEnabled,
  updateAccount,
} from '../../accounts/service.js';
import { listLocalMessages } from '../../auth/local-outbox.js';
import { LocalIdentity } from '../../auth/local-identity.js';
import { router } from '../../trpc/init.js';
import { accountManager, operatorProcedure, ownAccount } from '../../trpc/procedures.js';

export const accountsRouter = router({
  /** Accounts the caller may see, filtered by role, ward, status and a search on username and name. */
  list: accountManager.input(listAccountsInput).query(({ ctx, input }) => findAccounts(ctx, input)),
  get: accountManager.input(accountRefInput).query(({ ctx, input }) => manageableAccount(ctx, input.username)),
  /** The roles the caller may give, for the console's form. */
  grantable: accountManager.query(({ ctx }) => grantableRoles(ctx.user)),
  create: accountManager.input(createAccountInput).mutation(({ ctx, input }) => createAccount(ctx, input)),
  /** Many accounts from a sheet; nothing is written when any row is wrong. `dryRun` checks only. */
  import: accountManager
    .input(importAccountsInput.extend({ dryRun: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => importAccounts(ctx, input.rows, input.dryRun)),
  update: accountManager.input(updateAccountInput).mutation(({ ctx, input }) => updateAccount(ctx, input)),
  setEnabled: accountManager.input(setAccountEnabledInput).mutation(({ ctx, input }) => setAccountEnabled(ctx, input)),
  resetPassword: accountManager.input(resetAccountPasswordInput).mutation(({ ctx, input }) => resetAccountPassword(ctx, input)),
  /** The caller's own account, their display name and their password. */
  me: ownAccount.query(async ({ ctx }) => {
    const account = await getAccount(ctx.platform, ctx.user.username);
    if (!account) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy tài khoản.' });
    return account;
  }),
  updateProfile: ownAccount.input(updateOwnProfileInput).mutation(({ ctx, input }) => ownProfile(ctx, input)),
  changePassword: ownAccount.input(changeOwnPasswordInput).mutation(({ ctx, input }) => changeOwnPassword(ctx, input)),
  /** Locally, the messages the stack "sent" (invitations, reset codes); in AWS Cognito sends them. */
  outbox: operatorProcedure.query(async ({ ctx }) => {
    if (!(ctx.identity instanceof LocalIdentity)) return { local: false, messages: [] };
    return { local: true, messages: await listLocalMessages(ctx.platform) };
  }),
});

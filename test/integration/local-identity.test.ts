import { accountWrite, getAccount } from '@antq/db';
import type { Account } from '@antq/domain';
import { listLocalMessages } from '../../services/api/src/auth/local-outbox.js';
import type { IdentityProvider, IdentityUser } from '../../services/api/src/auth/identity-provider.js';
import { createTokenVerifier } from '../../services/api/src/auth/verifier.js';
import { describeIdentityContract } from '../support/identity-contract.js';
import { createTestApi } from '../support/test-api.js';

// The same contract as on Cognito, on the local issuer (DynamoDB Local). Locally the token's claims
// come from the account store, so the provider is driven the way the accounts procedures drive it:
// the account is written beside every identity change.

describeIdentityContract('IdentityProvider on the local issuer (DynamoDB Local)', async () => {
  const api = await createTestApi({ seed: false });
  const platform = api.data.platform();
  const local = api.identity as IdentityProvider;
  const verifier = createTokenVerifier(api.config.auth, api.issuer.jwks);

  const accountOf = (user: IdentityUser, base?: Account): Account => {
    const now = new Date().toISOString();
    const { username, displayName, role, tenantId, wardId, provinceId, email, phone } = user;
    return {
      status: 'invited',
      createdBy: 'contract-test',
      createdAt: now,
      version: 1,
      ...base,
      username,
      displayName,
      role,
      tenantId,
      wardId,
      provinceId,
      email,
      phone,
      updatedAt: now,
    };
  };

  const identity: IdentityProvider = {
    signIn: (...a) => local.signIn(...a),
    completeNewPassword: (...a) => local.completeNewPassword(...a),
    refresh: (...a) => local.refresh(...a),
    setEnabled: (...a) => local.setEnabled(...a),
    setTemporaryPassword: (...a) => local.setTemporaryPassword(...a),
    forgotPassword: (...a) => local.forgotPassword(...a),
    confirmForgotPassword: (...a) => local.confirmForgotPassword(...a),
    changePassword: (...a) => local.changePassword(...a),
    revokeRefreshToken: (...a) => local.revokeRefreshToken(...a),
    async createUser(user, temporaryPassword) {
      await local.createUser(user, temporaryPassword);
      await platform.write(accountWrite(platform, accountOf(user), 0));
    },
    async updateUser(user) {
      const current = await getAccount(platform, user.username);
      if (!current) throw new Error(`No account ${user.username}`);
      await platform.write(accountWrite(platform, accountOf(user, current), current.version));
      await local.updateUser(user);
    },
  };

  return {
    identity,
    verify: (token) => verifier.verify(token),
    nextCode: async (username) => {
      const [latest] = (await listLocalMessages(platform)).filter((m) => m.username === username && /đặt lại mật khẩu/i.test(m.subject));
      const code = latest && /:\s*(\d{6})\b/.exec(latest.body)?.[1];
      if (!code) throw new Error(`No reset code in the local outbox for ${username}`);
      return code;
    },
  };
});

import { JwtVerifier } from 'aws-jwt-verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoIdentity } from '../../services/api/src/auth/cognito-identity.js';
import { readConfig } from '../../services/api/src/config.js';
import { type CognitoLocal, startCognitoLocal } from '../support/cognito-local.js';
import { describeIdentityContract } from '../support/identity-contract.js';

// The AWS code path (cognito-identity.ts, the SDK, the endpoint setting) against cognito-local,
// an emulator of the Cognito user pool API, configured from the user pool the CDK stack defines.
// What cognito-local 5.3.0 does not do is named in the suite's title (read from its source in
// node_modules/cognito-local/lib/targets); those mappings are unit-tested against scripted
// Cognito answers in services/api/src/auth/cognito-identity.test.ts.

let local: CognitoLocal;
beforeAll(async () => {
  local = await startCognitoLocal();
});
afterAll(async () => {
  await local?.stop();
});

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const providerFor = (l: CognitoLocal) => {
  // The endpoint arrives as the Lambda would read it: COGNITO_ENDPOINT through readConfig.
  const config = readConfig({ AUTH_MODE: 'cognito', COGNITO_USER_POOL_ID: l.userPoolId, COGNITO_CLIENT_ID: l.clientId, COGNITO_ENDPOINT: l.endpoint });
  if (config.auth.mode !== 'cognito') throw new Error('cognito mode expected');
  return cognitoIdentity({
    region: l.region,
    userPoolId: config.auth.userPoolId,
    clientId: config.auth.clientId,
    endpoint: config.auth.cognitoEndpoint,
    credentials,
  });
};
/**
 * aws-jwt-verify checks signature, issuer, audience and expiry against cognito-local's JWKS. It
 * fetches JWKS over https only, and cognito-local serves http: the keys are read from its JWKS
 * endpoint here and handed over, as verifier.ts does for the local issuer.
 */
const verifierFor = async (l: CognitoLocal) => {
  const verifier = JwtVerifier.create({ issuer: l.issuer, audience: l.clientId, jwksUri: l.jwksUri });
  const jwks = await (await fetch(l.jwksUri)).json();
  verifier.cacheJwks(jwks as Parameters<typeof verifier.cacheJwks>[0]);
  return verifier;
};

describeIdentityContract(
  'IdentityProvider on Cognito (emulated by cognito-local 5.3.0, configured from the CDK user pool)',
  async () => {
    const verifier = await verifierFor(local);
    return {
      identity: providerFor(local),
      verify: (token) => verifier.verify(token),
      nextCode: async (username) => {
        const sent = local.deliveries().filter((d) => d.username === username).length;
        return local.nextCode(username, sent - 1);
      },
      isEnabled: async (username) => (await local.call<{ Enabled: boolean }>('AdminGetUser', { UserPoolId: local.userPoolId, Username: username })).Enabled,
    };
  },
  {
    passwordPolicy: 'cognito-local 5.3.0 stores any password (RespondToAuthChallenge, AdminSetUserPassword and ConfirmForgotPassword check no policy)',
    disabledSignIn: 'cognito-local 5.3.0 records AdminDisableUser (Enabled=false, checked here) but its InitiateAuth signs disabled users in',
    nameClaim: 'cognito-local 5.3.0 puts only e-mail, custom attributes and groups in its ID tokens',
    challengeSession: 'cognito-local 5.3.0 RespondToAuthChallenge does not check the Session',
    oneTimePasswordCheck: 'cognito-local 5.3.0 answers NEW_PASSWORD_REQUIRED to any password of a FORCE_CHANGE_PASSWORD user',
    challengeRefresh: 'cognito-local 5.3.0 does not keep the refresh token RespondToAuthChallenge issues (InitiateAuth keeps its own)',
  },
);

describe('Cognito user pool of the stack (emulated by cognito-local 5.3.0)', () => {
  it('is the pool the CDK template defines: password policy, tenant attributes, auth flows, one group per role', async () => {
    const { UserPool } = await local.call<{ UserPool: Record<string, any> }>('DescribeUserPool', { UserPoolId: local.userPoolId });
    expect(UserPool.Policies.PasswordPolicy).toMatchObject({ MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true });
    const names = (UserPool.SchemaAttributes as Array<{ Name: string }>).map((a) => a.Name);
    expect(names).toEqual(expect.arrayContaining(['custom:tenantId', 'custom:wardId', 'custom:provinceId']));
    expect(UserPool.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage).toMatch(/Mật khẩu dùng một lần.*\{####\}/s);
    const { UserPoolClient } = await local.call<{ UserPoolClient: Record<string, any> }>('DescribeUserPoolClient', {
      UserPoolId: local.userPoolId,
      ClientId: local.clientId,
    });
    expect(UserPoolClient.ExplicitAuthFlows).toEqual(local.configured.explicitAuthFlows);
    expect(UserPoolClient.ExplicitAuthFlows).toContain('ALLOW_USER_PASSWORD_AUTH');
    const { Groups } = await local.call<{ Groups: Array<{ GroupName: string }> }>('ListGroups', { UserPoolId: local.userPoolId });
    expect(Groups.map((g) => g.GroupName).sort()).toEqual(['coordinator', 'operator', 'province_staff', 'ward_officer']);
  });

  it('e-mails the invitation with the one-time password when the account has an e-mail, and sends nothing otherwise', async () => {
    const identity = providerFor(local);
    await identity.createUser(
      { username: 'dieuphoi.quangtri', displayName: 'Trần Văn Điều Phối', role: 'coordinator', tenantId: '462', email: 'dieuphoi@quangtri.example.vn' },
      'Mot@LanThoi2025',
    );
    expect(local.deliveries()).toContainEqual({ username: 'dieuphoi.quangtri', destination: 'dieuphoi@quangtri.example.vn', code: 'Mot@LanThoi2025' });

    await identity.createUser({ username: 'phuong.khongthu', displayName: 'Lê Thị Không Thư', role: 'ward_officer', tenantId: '462', wardId: '19495', phone: '0912345678' }, 'Mot@LanThoi2026');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(local.deliveries().filter((d) => d.username === 'phuong.khongthu')).toEqual([]);
    const user = await local.call<{ UserAttributes: Array<{ Name: string; Value: string }> }>('AdminGetUser', { UserPoolId: local.userPoolId, Username: 'phuong.khongthu' });
    expect(user.UserAttributes).toContainEqual({ Name: 'phone_number', Value: '+84912345678' });
    const groups = await local.call<{ Groups: Array<{ GroupName: string }> }>('AdminListGroupsForUser', { UserPoolId: local.userPoolId, Username: 'phuong.khongthu' });
    expect(groups.Groups.map((g) => g.GroupName)).toEqual(['ward_officer']);
  });

  it('issues ID tokens that live as long as the template says (8 hours), and the session says so from exp', async () => {
    const identity = providerFor(local);
    const challenge = await identity.signIn('dieuphoi.quangtri', 'Mot@LanThoi2025');
    if (challenge.kind !== 'challenge') throw new Error(JSON.stringify(challenge));
    const outcome = await identity.completeNewPassword('dieuphoi.quangtri', challenge.challengeSession, 'Quang@Tri-2025x');
    if (outcome.kind !== 'session') throw new Error(JSON.stringify(outcome));
    const payload = (await (await verifierFor(local)).verify(outcome.session.token)) as { iat: number; exp: number; iss: string };
    expect(payload.exp - payload.iat).toBe(8 * 3600);
    expect(payload.iss).toBe(local.issuer);
    expect(outcome.session.expiresAt).toBe(new Date(payload.exp * 1000).toISOString());
  });

  it('removes the attributes an account no longer has (a coordinator without e-mail, moved to a ward)', async () => {
    await providerFor(local).updateUser({
      username: 'dieuphoi.quangtri',
      displayName: 'Trần Văn Điều Phối',
      role: 'coordinator',
      tenantId: '462',
      phone: '+84987654321',
    });
    const user = await local.call<{ UserAttributes: Array<{ Name: string; Value: string }> }>('AdminGetUser', { UserPoolId: local.userPoolId, Username: 'dieuphoi.quangtri' });
    const names = user.UserAttributes.map((a) => a.Name);
    expect(names).not.toContain('email');
    expect(user.UserAttributes).toContainEqual({ Name: 'phone_number', Value: '+84987654321' });
    expect(user.UserAttributes).toContainEqual({ Name: 'custom:tenantId', Value: '462' });
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cognitoIdentity, e164 } from './cognito-identity.js';
import { IdentityUnavailableError, IdentityContactTakenError, IdentityUserExistsError } from './identity-provider.js';

// The real SDK against a scripted Cognito: each test says what the next call answers, as Cognito
// answers it on the wire (status and `__type`), so the mapping of every error is checked here,
// including the ones cognito-local never produces (disabled, lockout, expired session, 5xx).

type Reply = { status: number; body: unknown } | 'hang';
let replies: Reply[] = [];
const requests: Array<{ target: string; body: Record<string, unknown> }> = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      requests.push({ target, body: JSON.parse(raw || '{}') });
      const reply = replies.shift() ?? { status: 200, body: {} };
      if (reply === 'hang') return; // never answers
      res.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  replies = [];
  requests.length = 0;
});

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
const identity = (timeoutMs = 2000, at = () => endpoint) =>
  cognitoIdentity({ region: 'ap-southeast-1', userPoolId: 'ap-southeast-1_Pool', clientId: 'client', endpoint: at(), timeoutMs, credentials });
const error = (type: string, message: string, status = 400): Reply => ({ status, body: { __type: type, message } });
const idToken = (exp: number) =>
  ['e30', Buffer.from(JSON.stringify({ sub: 'u', exp })).toString('base64url'), 'sig'].join('.');

describe('cognitoIdentity sign-in answers', () => {
  it.each([
    ['NotAuthorizedException', 'Incorrect username or password.', 'wrong_credentials'],
    ['NotAuthorizedException', 'User is disabled.', 'disabled'],
    ['NotAuthorizedException', 'Password attempts exceeded', 'throttled'],
    ['UserNotFoundException', 'User does not exist.', 'wrong_credentials'],
    ['PasswordResetRequiredException', 'Password reset required for the user', 'password_reset_required'],
    ['TooManyRequestsException', 'Too many requests', 'throttled'],
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', 'throttled'],
    ['TooManyFailedAttemptsException', 'Too many failed attempts', 'throttled'],
  ])('%s "%s" → refused %s', async (type, message, reason) => {
    // Throttling errors are retried once by the SDK: script both attempts.
    replies = [error(type, message), error(type, message)];
    expect(await identity().signIn('u', 'p')).toEqual({ kind: 'refused', reason });
  });

  it('takes the expiry from the ID token exp, not from ExpiresIn', async () => {
    const exp = Math.floor(Date.now() / 1000) + 123;
    replies = [{ status: 200, body: { AuthenticationResult: { IdToken: idToken(exp), RefreshToken: 'r', ExpiresIn: 3600 } } }];
    const outcome = await identity().signIn('u', 'p');
    expect(outcome).toEqual({ kind: 'session', session: { token: idToken(exp), refreshToken: 'r', expiresAt: new Date(exp * 1000).toISOString() } });
    expect(requests[0]).toMatchObject({ target: 'InitiateAuth', body: { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'client', AuthParameters: { USERNAME: 'u', PASSWORD: 'p' } } });
  });

  it('answers the NEW_PASSWORD_REQUIRED challenge with its session', async () => {
    replies = [{ status: 200, body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's1', ChallengeParameters: {} } }];
    expect(await identity().signIn('u', 'p')).toEqual({ kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', challengeSession: 's1' });
  });

  it('keeps the refresh token it refreshed with (Cognito does not send a new one)', async () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    replies = [{ status: 200, body: { AuthenticationResult: { IdToken: idToken(exp), ExpiresIn: 3600 } } }];
    const outcome = await identity().refresh('u', 'r0');
    expect(outcome).toMatchObject({ kind: 'session', session: { refreshToken: 'r0', expiresAt: new Date(exp * 1000).toISOString() } });
    expect(requests[0]!.body).toMatchObject({ AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'r0' } });
  });
});

describe('cognitoIdentity challenges, codes and passwords', () => {
  it.each([
    ['InvalidPasswordException', 'Password does not conform to policy', 'invalid_password'],
    ['NotAuthorizedException', 'Invalid session for the user, session is expired.', 'challenge_expired'],
    ['CodeMismatchException', 'Invalid session for the user.', 'challenge_expired'],
  ])('new password: %s → refused %s', async (type, message, reason) => {
    replies = [error(type, message)];
    expect(await identity().completeNewPassword('u', 's1', 'x')).toEqual({ kind: 'refused', reason });
    expect(requests[0]).toMatchObject({
      target: 'RespondToAuthChallenge',
      body: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's1', ChallengeResponses: { USERNAME: 'u', NEW_PASSWORD: 'x' } },
    });
  });

  it.each([
    ['CodeMismatchException', 'invalid_code'],
    ['ExpiredCodeException', 'expired_code'],
    ['InvalidPasswordException', 'invalid_password'],
    ['UserNotFoundException', 'invalid_code'],
  ])('forgotten password code: %s → refused %s', async (type, reason) => {
    replies = [error(type, '…')];
    expect(await identity().confirmForgotPassword('u', '123456', 'x')).toEqual({ kind: 'refused', reason });
  });

  it('answers done once the code is accepted', async () => {
    expect(await identity().confirmForgotPassword('u', '123456', 'Mới@2025abcd')).toEqual({ kind: 'done' });
    expect(requests[0]).toMatchObject({ target: 'ConfirmForgotPassword', body: { Username: 'u', ConfirmationCode: '123456', Password: 'Mới@2025abcd' } });
  });

  it('does not tell whether a username exists when a code is asked for', async () => {
    for (const type of ['UserNotFoundException', 'InvalidParameterException', 'NotAuthorizedException']) {
      replies = [error(type, '…')];
      await expect(identity().forgotPassword('nobody')).resolves.toBeUndefined();
    }
  });

  it('changes a password only after the current one signed in', async () => {
    replies = [error('NotAuthorizedException', 'Incorrect username or password.')];
    expect(await identity().changePassword('u', 'wrong', 'x')).toEqual({ kind: 'refused', reason: 'wrong_credentials' });
    expect(requests.map((r) => r.target)).toEqual(['InitiateAuth']);

    requests.length = 0;
    replies = [{ status: 200, body: { AuthenticationResult: { IdToken: idToken(2e9) } } }, error('InvalidPasswordException', 'too short')];
    expect(await identity().changePassword('u', 'right', 'short')).toEqual({ kind: 'refused', reason: 'invalid_password' });
    expect(requests[1]).toMatchObject({ target: 'AdminSetUserPassword', body: { Username: 'u', Password: 'short', Permanent: true } });
  });
});

describe('cognitoIdentity accounts', () => {
  const officer = { username: 'phuong.a', displayName: 'Nguyễn Văn A', role: 'ward_officer' as const, tenantId: '450', wardId: '18853', provinceId: '44' };

  it('lets Cognito e-mail the invitation when there is an e-mail, and suppresses it otherwise', async () => {
    await identity().createUser({ ...officer, email: 'a@example.vn' }, 'Tạm@2025abcd');
    expect(requests.map((r) => r.target)).toEqual(['AdminCreateUser', 'AdminAddUserToGroup']);
    expect(requests[0]!.body).toMatchObject({ Username: 'phuong.a', TemporaryPassword: 'Tạm@2025abcd', DesiredDeliveryMediums: ['EMAIL'] });
    expect(requests[0]!.body.MessageAction).toBeUndefined();
    expect(requests[0]!.body.UserAttributes).toEqual([
      { Name: 'name', Value: 'Nguyễn Văn A' },
      { Name: 'email', Value: 'a@example.vn' },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'custom:tenantId', Value: '450' },
      { Name: 'custom:wardId', Value: '18853' },
      { Name: 'custom:provinceId', Value: '44' },
    ]);
    expect(requests[1]!.body).toMatchObject({ Username: 'phuong.a', GroupName: 'ward_officer' });

    requests.length = 0;
    await identity().createUser({ ...officer, phone: '0912 345 678' }, 'Tạm@2025abcd');
    expect(requests[0]!.body).toMatchObject({ MessageAction: 'SUPPRESS' });
    expect(requests[0]!.body.UserAttributes).toContainEqual({ Name: 'phone_number', Value: '+84912345678' });
  });

  it('reports a taken username as IdentityUserExistsError and adds no group', async () => {
    replies = [error('UsernameExistsException', 'User account already exists')];
    await expect(identity().createUser(officer, 'Tạm@2025abcd')).rejects.toBeInstanceOf(IdentityUserExistsError);
    expect(requests.map((r) => r.target)).toEqual(['AdminCreateUser']);
  });

  it("reports an e-mail that is another user's alias as IdentityContactTakenError, on create and on update", async () => {
    replies = [error('AliasExistsException', 'An account with the email already exists.')];
    await expect(identity().createUser(officer, 'Tạm@2025abcd')).rejects.toBeInstanceOf(IdentityContactTakenError);
    replies = [{ status: 200, body: { Username: 'phuong.a', UserAttributes: [] } }, error('AliasExistsException', 'An account with the email already exists.')];
    await expect(identity().updateUser({ username: 'phuong.a', displayName: 'A', role: 'ward_officer', tenantId: '450', wardId: '18853', email: 'a@example.vn' })).rejects.toBeInstanceOf(IdentityContactTakenError);
  });

  it('replaces the attributes and clears the ones the account no longer has', async () => {
    const current = [{ Name: 'sub', Value: 'x' }, { Name: 'email', Value: 'a@example.vn' }, { Name: 'custom:wardId', Value: '18853' }];
    replies = [{ status: 200, body: { Username: 'phuong.a', UserAttributes: current } }];
    await identity().updateUser({ username: 'phuong.a', displayName: 'A', role: 'coordinator', tenantId: '450', phone: '+84912345678' });
    expect(requests.map((r) => r.target)).toEqual(['AdminGetUser', 'AdminUpdateUserAttributes', 'AdminDeleteUserAttributes']);
    expect(requests[2]!.body.UserAttributeNames).toEqual(['email', 'custom:wardId']);
  });

  it('disables, enables and gives one-time passwords with the admin API', async () => {
    await identity().setEnabled('u', false);
    await identity().setEnabled('u', true);
    await identity().setTemporaryPassword('u', 'Tạm@2025abcd');
    expect(requests.map((r) => r.target)).toEqual(['AdminDisableUser', 'AdminEnableUser', 'AdminSetUserPassword']);
    expect(requests[2]!.body).toMatchObject({ UserPoolId: 'ap-southeast-1_Pool', Username: 'u', Password: 'Tạm@2025abcd', Permanent: false });
  });

  it('writes Vietnamese phone numbers as E.164', () => {
    expect(e164('0912345678')).toBe('+84912345678');
    expect(e164('+84 912.345.678')).toBe('+84912345678');
  });
});

describe('cognitoIdentity when Cognito is unavailable', () => {
  it('gives up on a Cognito that does not answer within the timeout (two attempts) with IdentityUnavailableError', async () => {
    replies = ['hang', 'hang'];
    const started = Date.now();
    await expect(identity(300).signIn('u', 'p')).rejects.toBeInstanceOf(IdentityUnavailableError);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(requests).toHaveLength(2);
  });

  it('answers IdentityUnavailableError for a 5xx, not a refusal', async () => {
    replies = [error('InternalErrorException', 'boom', 500), error('InternalErrorException', 'boom', 500)];
    await expect(identity().signIn('u', 'p')).rejects.toBeInstanceOf(IdentityUnavailableError);
    replies = [error('InternalErrorException', 'boom', 500), error('InternalErrorException', 'boom', 500)];
    await expect(identity().setEnabled('u', false)).rejects.toBeInstanceOf(IdentityUnavailableError);
  });

  it('answers IdentityUnavailableError for a refused connection and for a name that does not resolve', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(identity(500, () => `http://127.0.0.1:${port}`).signIn('u', 'p')).rejects.toBeInstanceOf(IdentityUnavailableError);
    await expect(identity(500, () => 'http://cognito.invalid').createUser({ username: 'u', displayName: 'U', role: 'operator' }, 'x')).rejects.toBeInstanceOf(
      IdentityUnavailableError,
    );
  });

  it('rethrows what is not about the user nor the network (a wrong pool id) as it came', async () => {
    replies = [error('ResourceNotFoundException', 'User pool client does not exist.')];
    await expect(identity().signIn('u', 'p')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });
});

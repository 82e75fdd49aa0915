import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  type AttributeType,
  CognitoIdentityProviderClient,
  type CognitoIdentityProviderClientConfig,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { type CognitoOperation, isSilentForgotPasswordError, isUnavailable, refusalOf, unavailable } from './cognito-errors.js';
import {
  expiryOf,
  type IdentityProvider,
  type IdentityUser,
  IdentityContactTakenError,
  IdentityUserExistsError,
  type SignInOutcome,
} from './identity-provider.js';

export interface CognitoIdentityOptions {
  region: string;
  userPoolId: string;
  /** The pool's public client (no secret): sign-in, challenges and forgotten passwords go through it. */
  clientId: string;
  /** Another Cognito endpoint (cognito-local in tests); unset in AWS. */
  endpoint?: string;
  /** Per attempt, connecting included; two attempts at most, so a call gives up after about twice this. Default 3000. */
  timeoutMs?: number;
  /** Defaults to the SDK's chain (the Lambda's role in AWS). */
  credentials?: CognitoIdentityProviderClientConfig['credentials'];
}

/** The optional attributes `updateUser` removes when the account no longer has them. */
const clearable = ['email', 'phone_number', 'custom:tenantId', 'custom:wardId', 'custom:provinceId'] as const;

/**
 * The identity provider in AWS: accounts are Cognito users (the role is a group, the scope custom
 * attributes the ID token carries), created and managed with the admin API on the pool, and
 * signed in through the public client with USER_PASSWORD_AUTH.
 *
 * Every call is bounded (a few seconds per attempt, two attempts): a Cognito that does not answer
 * becomes `IdentityUnavailableError` (503) long before the Lambda's own timeout.
 *
 * @example
 * const identity = cognitoIdentity({ region: 'ap-southeast-1', userPoolId, clientId });
 * const outcome = await identity.signIn('phuong.ducninhdong', password);
 * if (outcome.kind === 'challenge') await identity.completeNewPassword('phuong.ducninhdong', outcome.challengeSession, newPassword);
 */
export function cognitoIdentity(options: CognitoIdentityOptions): IdentityProvider {
  const timeoutMs = options.timeoutMs ?? 3000;
  const maxAttempts = 2;
  const client = new CognitoIdentityProviderClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
    maxAttempts,
    // The handler's own options: without throwOnRequestTimeout a slow answer only logs a warning.
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 1000), requestTimeout: timeoutMs, socketTimeout: timeoutMs, throwOnRequestTimeout: true },
  });
  const { userPoolId: UserPoolId, clientId: ClientId } = options;

  /**
   * Runs one call with a last bound over both attempts and the backoff between them; network
   * failures and 5xx become IdentityUnavailableError, anything else is rethrown as it came.
   */
  async function send<T>(call: (options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    try {
      return await call({ abortSignal: AbortSignal.timeout(timeoutMs * maxAttempts + 1000) });
    } catch (error) {
      throw isUnavailable(error) ? unavailable(error) : error;
    }
  }

  /** Like send, for calls that answer tokens or a challenge: an error that concerns the user becomes a refusal. */
  async function answer(
    call: (options: { abortSignal: AbortSignal }) => Promise<Pick<InitiateAuthCommandOutput, 'AuthenticationResult' | 'ChallengeName' | 'Session'>>,
    operation: CognitoOperation,
    refreshToken?: string,
  ): Promise<SignInOutcome> {
    try {
      return outcomeOf(await send(call), refreshToken);
    } catch (error) {
      const reason = refusalOf(error, operation);
      if (reason) return { kind: 'refused', reason };
      throw error;
    }
  }

  async function signIn(username: string, password: string): Promise<SignInOutcome> {
    const AuthParameters = { USERNAME: username, PASSWORD: password };
    return answer((o) => client.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters }), o), 'signIn');
  }

  async function setPassword(username: string, password: string, permanent: boolean): Promise<void> {
    const input = { UserPoolId, Username: username, Password: password, Permanent: permanent };
    await send((o) => client.send(new AdminSetUserPasswordCommand(input), o));
  }

  return {
    async createUser(user, temporaryPassword) {
      try {
        const command = new AdminCreateUserCommand({
            UserPoolId,
            Username: user.username,
            TemporaryPassword: temporaryPassword,
            UserAttributes: attributesOf(user),
            // Cognito e-mails the invitation (the stack's Vietnamese template) when it can; without an
            // e-mail the one-time password is shown once to whoever created the account.
            ...(user.email ? { DesiredDeliveryMediums: ['EMAIL'] } : { MessageAction: 'SUPPRESS' }),
          });
        await send((o) => client.send(command, o));
      } catch (error) {
        if ((error as Error).name === 'UsernameExistsException') throw new IdentityUserExistsError(user.username);
        if ((error as Error).name === 'AliasExistsException') throw new IdentityContactTakenError(user.username);
        throw error;
      }
      await send((o) => client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: user.username, GroupName: user.role }), o));
    },

    async updateUser(user) {
      const Username = user.username;
      const current = await send((o) => client.send(new AdminGetUserCommand({ UserPoolId, Username }), o));
      const wanted = attributesOf(user);
      try {
        await send((o) => client.send(new AdminUpdateUserAttributesCommand({ UserPoolId, Username, UserAttributes: wanted }), o));
      } catch (error) {
        if ((error as Error).name === 'AliasExistsException') throw new IdentityContactTakenError(user.username);
        throw error;
      }
      const present = new Set((current.UserAttributes ?? []).map((a) => a.Name));
      const kept = new Set(wanted.map((a) => a.Name));
      const removed = clearable.filter((name) => present.has(name) && !kept.has(name));
      if (removed.length > 0) {
        await send((o) => client.send(new AdminDeleteUserAttributesCommand({ UserPoolId, Username, UserAttributeNames: removed }), o));
      }
    },

    async setEnabled(username, enabled) {
      const input = { UserPoolId, Username: username };
      await send((o) => (enabled ? client.send(new AdminEnableUserCommand(input), o) : client.send(new AdminDisableUserCommand(input), o)));
    },

    async setTemporaryPassword(username, temporaryPassword) {
      await setPassword(username, temporaryPassword, false);
    },

    signIn,

    async completeNewPassword(username, challengeSession, newPassword) {
      const command = new RespondToAuthChallengeCommand({
        ClientId,
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: challengeSession,
        ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
      });
      return answer((o) => client.send(command, o), 'challenge');
    },

    async refresh(_username, refreshToken) {
      // Cognito does not rotate refresh tokens here: the session keeps the one it came with.
      const command = new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
      return answer((o) => client.send(command, o), 'refresh', refreshToken);
    },

    async revokeRefreshToken(_username, refreshToken) {
      try {
        await send((o) => client.send(new RevokeTokenCommand({ ClientId, Token: refreshToken }), o));
      } catch (error) {
        // An unknown or already revoked token is what sign-out wanted; anything else is a fault.
        if ((error as Error).name !== 'UnauthorizedException' && (error as Error).name !== 'InvalidParameterException') throw error;
      }
    },

    async forgotPassword(username) {
      try {
        await send((o) => client.send(new ForgotPasswordCommand({ ClientId, Username: username }), o));
      } catch (error) {
        if (!isSilentForgotPasswordError(error)) throw error;
      }
    },

    async confirmForgotPassword(username, code, newPassword) {
      try {
        const command = new ConfirmForgotPasswordCommand({ ClientId, Username: username, ConfirmationCode: code, Password: newPassword });
        await send((o) => client.send(command, o));
        return { kind: 'done' };
      } catch (error) {
        const reason = refusalOf(error, 'confirmCode');
        if (reason) return { kind: 'refused', reason };
        throw error;
      }
    },

    async changePassword(username, currentPassword, newPassword) {
      // The current password is checked by signing in with it (a one-time password answers with
      // the challenge, which is just as much a proof); then the admin API sets the new one.
      const check = await signIn(username, currentPassword);
      if (check.kind === 'refused') return check;
      try {
        await setPassword(username, newPassword, true);
        return { kind: 'done' };
      } catch (error) {
        const reason = refusalOf(error, 'setPassword');
        if (reason) return { kind: 'refused', reason };
        throw error;
      }
    },
  };
}

/** A session from Cognito's answer, with the expiry read from the ID token itself; or the challenge. */
function outcomeOf(out: Pick<InitiateAuthCommandOutput, 'AuthenticationResult' | 'ChallengeName' | 'Session'>, refreshToken: string | undefined): SignInOutcome {
  const result = out.AuthenticationResult;
  if (result?.IdToken) {
    const session = { token: result.IdToken, expiresAt: expiryOf(result.IdToken) };
    const refresh = result.RefreshToken ?? refreshToken;
    return { kind: 'session', session: refresh ? { ...session, refreshToken: refresh } : session };
  }
  if (out.ChallengeName === 'NEW_PASSWORD_REQUIRED' && out.Session) {
    return { kind: 'challenge', challenge: 'NEW_PASSWORD_REQUIRED', challengeSession: out.Session };
  }
  // MFA and the other challenges are not offered by the console's client.
  throw new Error(`Cognito answered ${out.ChallengeName ?? 'without tokens'}, which the API does not handle`);
}

/** The user's Cognito attributes: the display name, the contact (admin-given, so verified) and the scope. */
export function attributesOf(user: IdentityUser): AttributeType[] {
  const attributes: AttributeType[] = [{ Name: 'name', Value: user.displayName }];
  if (user.email) attributes.push({ Name: 'email', Value: user.email }, { Name: 'email_verified', Value: 'true' });
  if (user.phone) attributes.push({ Name: 'phone_number', Value: e164(user.phone) }, { Name: 'phone_number_verified', Value: 'true' });
  if (user.tenantId) attributes.push({ Name: 'custom:tenantId', Value: user.tenantId });
  if (user.wardId) attributes.push({ Name: 'custom:wardId', Value: user.wardId });
  if (user.provinceId) attributes.push({ Name: 'custom:provinceId', Value: user.provinceId });
  return attributes;
}

/** Cognito wants phone numbers as E.164: a Vietnamese `0912345678` is `+84912345678`. */
export function e164(phone: string): string {
  const digits = phone.replace(/[\s.()-]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('0')) return `+84${digits.slice(1)}`;
  return `+${digits}`;
}

import { IdentityUnavailableError, type SignInRefusal } from './identity-provider.js';

/** The operations whose Cognito errors mean something different (a CodeMismatch is a bad session in a challenge). */
export type CognitoOperation = 'signIn' | 'challenge' | 'refresh' | 'confirmCode' | 'setPassword';

// Node's network failures: nothing answered, so nothing is known to have changed.
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ETIMEDOUT']);
const timeoutNames = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'RequestTimeoutException']);
const throttlingNames = new Set(['TooManyRequestsException', 'LimitExceededException', 'TooManyFailedAttemptsException']);

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

/**
 * A timeout, a DNS failure, a refused or reset connection, or a 5xx from Cognito: the identity
 * service is unavailable (503), not the user wrong. Checked before anything else is read off the error.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as SdkError;
  if (e.name && timeoutNames.has(e.name)) return true;
  if (e.code && networkCodes.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (typeof status === 'number' && status >= 500) return true;
  return e.cause !== undefined && e.cause !== error && isUnavailable(e.cause);
}

export function unavailable(error: unknown): IdentityUnavailableError {
  const e = error as SdkError;
  return new IdentityUnavailableError(`${e.name ?? 'Error'}: ${e.message ?? String(error)}`, { cause: error });
}

/**
 * What a Cognito error tells the user, or undefined when it is not about them (a wrong pool id,
 * a missing permission…), which the caller rethrows as a server fault. Every refusal is its own
 * reason: "wrong password" is never the answer for a disabled account or a throttled one.
 *
 * Cognito's NotAuthorizedException carries several meanings told apart only by the message:
 * "Incorrect username or password.", "User is disabled.", "Password attempts exceeded" (its own
 * lockout) and, in a challenge, "Invalid session for the user, session is expired.".
 */
export function refusalOf(error: unknown, operation: CognitoOperation): SignInRefusal | undefined {
  const e = error as SdkError;
  const name = e.name ?? '';
  const message = e.message ?? '';
  if (throttlingNames.has(name)) return 'throttled';
  switch (name) {
    case 'NotAuthorizedException':
      if (/disabled/i.test(message)) return 'disabled';
      if (/attempts exceeded/i.test(message)) return 'throttled';
      if (operation === 'challenge' && /session/i.test(message)) return 'challenge_expired';
      return 'wrong_credentials';
    case 'UserNotFoundException':
      // With the pool's preventUserExistenceErrors Cognito answers NotAuthorized instead; either
      // way an unknown user looks like a wrong password (and, for a code, like a wrong code).
      return operation === 'confirmCode' ? 'invalid_code' : 'wrong_credentials';
    case 'PasswordResetRequiredException':
      return 'password_reset_required';
    case 'InvalidPasswordException':
      // InitiateAuth never checks a new password; an emulator may answer a wrong one this way.
      return operation === 'signIn' || operation === 'refresh' ? 'wrong_credentials' : 'invalid_password';
    case 'CodeMismatchException':
      return operation === 'challenge' ? 'challenge_expired' : 'invalid_code';
    case 'ExpiredCodeException':
      return operation === 'challenge' ? 'challenge_expired' : 'expired_code';
    default:
      return undefined;
  }
}

/** Errors ForgotPassword may answer that must not tell a caller whether the username exists or can receive a code. */
export function isSilentForgotPasswordError(error: unknown): boolean {
  const name = (error as SdkError).name;
  // UserNotFound: unknown user. InvalidParameter: no verified e-mail or phone. NotAuthorized: the
  // account cannot reset now (still on its one-time password, or disabled).
  return name === 'UserNotFoundException' || name === 'InvalidParameterException' || name === 'NotAuthorizedException';
}

import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Role } from '@antq/domain';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { exportJWK, generateKeyPair, importJWK, type JWK, jwtVerify, SignJWT } from 'jose';

/** The claims a local ID token carries (Cognito's names). */
export interface TokenSubject {
  username: string;
  displayName: string;
  roles: Role[];
  tenantId?: string;
  wardId?: string;
  provinceId?: string;
}

type SigningKey = Awaited<ReturnType<typeof importJWK>>;
const TOKEN_HOURS = 8;
const KEY_ID = 'antq-local-1';
/** Challenge sessions are tokens for another audience, so they can never pass as an ID token. */
const CHALLENGE_AUDIENCE = 'antq-local-challenge';
const CHALLENGE_MINUTES = 5;

/**
 * A stand-in for Cognito on one machine: signs ID tokens with Cognito's claim names using an
 * RSA key (kept in `.data/` so sessions survive a restart) and publishes the public key as JWKS.
 */
export class LocalIssuer {
  private constructor(
    private readonly privateKey: SigningKey,
    private readonly publicKey: SigningKey,
    readonly jwks: Jwks,
    private readonly issuer: string,
    private readonly audience: string,
  ) {}

  static async create(options: { issuer: string; audience: string; keyFile?: string }): Promise<LocalIssuer> {
    const { privateJwk, publicJwk } = await loadOrCreateKey(options.keyFile);
    const privateKey = await importJWK(privateJwk, 'RS256');
    const publicKey = await importJWK(publicJwk, 'RS256');
    const jwks = { keys: [{ ...publicJwk, kid: KEY_ID, alg: 'RS256', use: 'sig' }] } as unknown as Jwks;
    return new LocalIssuer(privateKey, publicKey, jwks, options.issuer, options.audience);
  }

  /** A short-lived proof that this user passed the one-time password, for the NEW_PASSWORD_REQUIRED answer. */
  challengeFor(username: string): Promise<string> {
    return new SignJWT({ purpose: 'new_password' })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID })
      .setSubject(username)
      .setIssuer(this.issuer)
      .setAudience(CHALLENGE_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${CHALLENGE_MINUTES}m`)
      .sign(this.privateKey);
  }

  async challengeValid(challenge: string, username: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(challenge, this.publicKey, { issuer: this.issuer, audience: CHALLENGE_AUDIENCE });
      return payload.sub === username;
    } catch {
      return false;
    }
  }

  /** Mints a token for a user (sign-in, and tests that need a token without a password). */
  async issue(user: TokenSubject, lifetimeSeconds = TOKEN_HOURS * 3600): Promise<{ token: string; expiresAt: string }> {
    // Whole seconds, as the token's exp holds them: the session's expiry is exactly the token's.
    const expiresAt = new Date(Math.floor(Date.now() / 1000 + lifetimeSeconds) * 1000);
    const token = await new SignJWT({
      token_use: 'id',
      'cognito:username': user.username,
      'cognito:groups': user.roles,
      name: user.displayName,
      ...(user.tenantId && { 'custom:tenantId': user.tenantId }),
      ...(user.wardId && { 'custom:wardId': user.wardId }),
      ...(user.provinceId && { 'custom:provinceId': user.provinceId }),
    })
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID })
      .setSubject(`local:${user.username}`)
      .setJti(randomUUID())
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.privateKey);
    return { token, expiresAt: expiresAt.toISOString() };
  }
}

async function loadOrCreateKey(keyFile?: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8'));
  const pair = await generateKeyPair('RS256', { extractable: true });
  const stored = { privateJwk: await exportJWK(pair.privateKey), publicJwk: await exportJWK(pair.publicKey) };
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify(stored), { mode: 0o600 });
  }
  return stored;
}

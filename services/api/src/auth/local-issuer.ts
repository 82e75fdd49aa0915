import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { keys, type Repository } from '@antq/db';
import type { Role } from '@antq/domain';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { verifyPassword } from './passwords.js';
import type { SignInProvider } from './sign-in.js';

/** An account of the local issuer, stored in the table; in AWS, Cognito holds accounts instead. */
export interface LocalUser {
  username: string;
  passwordHash: string;
  displayName: string;
  roles: Role[];
  tenantId?: string;
  wardId?: string;
  provinceId?: string;
}

type SigningKey = Awaited<ReturnType<typeof importJWK>>;
const TOKEN_HOURS = 8;
const KEY_ID = 'antq-local-1';

/**
 * A stand-in for Cognito on one machine: signs ID tokens with Cognito's claim names using an
 * RSA key (kept in `.data/` so sessions survive a restart) and publishes the public key as JWKS.
 */
export class LocalIssuer implements SignInProvider {
  private constructor(
    private readonly privateKey: SigningKey,
    readonly jwks: Jwks,
    private readonly issuer: string,
    private readonly audience: string,
    private readonly users: Repository,
  ) {}

  static async create(options: { issuer: string; audience: string; users: Repository; keyFile?: string }): Promise<LocalIssuer> {
    const { privateJwk, publicJwk } = await loadOrCreateKey(options.keyFile);
    const privateKey = await importJWK(privateJwk, "RS256");
    const jwks = { keys: [{ ...publicJwk, kid: KEY_ID, alg: 'RS256', use: 'sig' }] } as unknown as Jwks;
    return new LocalIssuer(privateKey, jwks, options.issuer, options.audience, options.users);
  }

  async signIn(username: string, password: string): Promise<{ token: string; expiresAt: string } | null> {
    const user = await this.users.get<LocalUser>(keys.localUser(username.trim()));
    if (!user || !(await verifyPassword(password, user.passwordHash))) return null;
    return this.issue(user);
  }

  /** Mints a token for a user (sign-in, and tests that need a token without a password). */
  async issue(user: Omit<LocalUser, 'passwordHash'>, lifetimeSeconds = TOKEN_HOURS * 3600): Promise<{ token: string; expiresAt: string }> {
    const expiresAt = new Date(Date.now() + lifetimeSeconds * 1000);
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

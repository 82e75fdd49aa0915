import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { ApiConfig } from '../config.js';

/** Verifies a bearer token's signature, issuer, audience and expiry; rejects otherwise. */
export interface TokenVerifier {
  verify(token: string): Promise<unknown>;
}

/**
 * One verification path for AWS and local runs: aws-jwt-verify checks Cognito ID tokens in AWS,
 * and tokens of the local issuer against its JWKS (handed over in-process, so no network fetch).
 */
export function createTokenVerifier(auth: ApiConfig['auth'], localJwks?: Jwks): TokenVerifier {
  if (auth.mode === 'cognito') {
    return CognitoJwtVerifier.create({ userPoolId: auth.userPoolId, clientId: auth.clientId, tokenUse: 'id' });
  }
  if (!localJwks) throw new Error('The local issuer must hand its JWKS to the verifier');
  const verifier = JwtVerifier.create({
    issuer: auth.issuer,
    audience: auth.audience,
    jwksUri: 'http://localhost/auth/jwks.json',
  });
  verifier.cacheJwks(localJwks);
  return verifier;
}

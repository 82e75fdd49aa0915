import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { type Jwks, SimpleJwksCache } from 'aws-jwt-verify/jwk';
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
  if (auth.mode === 'cognito' && auth.cognitoEndpoint) return emulatedCognitoVerifier(auth.cognitoEndpoint, auth.userPoolId, auth.clientId);
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

/**
 * Tokens of a Cognito emulator (COGNITO_ENDPOINT, e.g. cognito-local in tests; never set in AWS):
 * its issuer is `<endpoint>/<pool>` and it serves its JWKS over plain http, which the default
 * fetcher of aws-jwt-verify refuses, so the keys are fetched with the platform's fetch. Signature,
 * issuer, audience, expiry and token use are checked the same way.
 */
function emulatedCognitoVerifier(endpoint: string, userPoolId: string, clientId: string): TokenVerifier {
  const issuer = `${endpoint.replace(/\/$/, '')}/${userPoolId}`;
  const jwksCache = new SimpleJwksCache({ fetcher: { fetch: async (uri: string) => (await fetch(uri, { signal: AbortSignal.timeout(3000) })).arrayBuffer() } });
  const verifier = JwtVerifier.create({ issuer, audience: clientId, jwksUri: `${issuer}/.well-known/jwks.json`, customJwtCheck: ({ payload }) => {
    if (payload.token_use !== 'id') throw new Error('Not an ID token');
  } }, { jwksCache });
  return verifier;
}

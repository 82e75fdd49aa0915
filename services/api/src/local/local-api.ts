import { createApp } from '../app.js';
import { LocalIssuer } from '../auth/local-issuer.js';
import { createTokenVerifier } from '../auth/verifier.js';
import { catalogueLookup } from '../catalogue/load.js';
import type { ApiConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { createLogger, type Logger } from '../log.js';

/**
 * The API as it runs on one machine: DynamoDB Local behind the data layer and the local token
 * issuer standing in for Cognito. Tests build it the same way, so they exercise the real app.
 */
export async function createLocalApi(config: ApiConfig, options: { keyFile?: string; log?: Logger } = {}) {
  if (config.auth.mode !== 'local') throw new Error('createLocalApi needs AUTH_MODE=local');
  const data = createDataAccess(config);
  const issuer = await LocalIssuer.create({
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    users: data.platform(),
    keyFile: options.keyFile,
  });
  const app = createApp({
    data,
    verifier: createTokenVerifier(config.auth, issuer.jwks),
    signIn: issuer,
    jwks: issuer.jwks,
    findDistrict: catalogueLookup(config.cataloguePath),
    log: options.log ?? createLogger(),
  });
  return { app, issuer, data };
}

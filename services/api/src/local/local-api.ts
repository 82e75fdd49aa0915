import { createApp } from '../app.js';
import { LocalIdentity } from '../auth/local-identity.js';
import { LocalIssuer } from '../auth/local-issuer.js';
import type { ThrottlePolicy } from '../auth/throttle.js';
import { createTokenVerifier } from '../auth/verifier.js';
import { catalogueLookup, provinceLookup } from '../catalogue/load.js';
import type { ApiConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { onceLoaded } from '../documents/loader.js';
import { createLogger, type Logger } from '../log.js';

/**
 * The API as it runs on one machine: DynamoDB Local behind the data layer and the local token
 * issuer standing in for Cognito. Tests build it the same way, so they exercise the real app.
 */
export async function createLocalApi(config: ApiConfig, options: { keyFile?: string; log?: Logger; throttle?: ThrottlePolicy } = {}) {
  if (config.auth.mode !== 'local') throw new Error('createLocalApi needs AUTH_MODE=local');
  const data = createDataAccess(config);
  const issuer = await LocalIssuer.create({
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    keyFile: options.keyFile,
  });
  const log = options.log ?? createLogger();
  const identity = new LocalIdentity(data.platform(), issuer, log);
  const app = createApp({
    data,
    verifier: createTokenVerifier(config.auth, issuer.jwks),
    identity,
    throttle: options.throttle,
    jwks: issuer.jwks,
    findDistrict: catalogueLookup(config.cataloguePath),
    findProvince: provinceLookup(config.cataloguePath),
    log,
    // On one machine the writers come from the sources, still only when a file is asked for.
    documents: onceLoaded(() => import('../documents/writers.js')),
  });
  return { app, issuer, identity, data };
}

import { STSClient } from '@aws-sdk/client-sts';
import { handle } from 'hono/aws-lambda';
import { createApp } from './app.js';
import { cognitoIdentity } from './auth/cognito-identity.js';
import { createTokenVerifier } from './auth/verifier.js';
import { assumedRoleOperatorClients } from './aws/operator-credentials.js';
import { assumedRoleProvinceClients } from './aws/province-credentials.js';
import { assumedRoleTenantClients } from './aws/tenant-credentials.js';
import { catalogueLookup, provinceLookup } from './catalogue/load.js';
import { readConfig } from './config.js';
import { createDataAccess } from './data-access.js';
import { writersAt } from './documents/loader.js';
import { createLogger } from './log.js';

// Lambda entry: built once per container, then every invocation reuses the app.
const config = readConfig();
if (config.auth.mode !== 'cognito') throw new Error('The Lambda handler verifies Cognito tokens: set AUTH_MODE=cognito');
// Bounded like every call to Cognito: a few seconds per attempt, two attempts, never a hang until
// the Lambda's own 10 s timeout (without throwOnRequestTimeout a slow answer only logs a warning).
const sts = new STSClient({
  region: config.region,
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1000, requestTimeout: 3000, socketTimeout: 3000, throwOnRequestTimeout: true },
});
const tenantClients = config.tenantRoleArn ? assumedRoleTenantClients({ sts, roleArn: config.tenantRoleArn, region: config.region }) : undefined;
const provinceClients = config.provinceRoleArn ? assumedRoleProvinceClients({ sts, roleArn: config.provinceRoleArn, region: config.region }) : undefined;
const operatorClients = config.operatorRoleArn ? assumedRoleOperatorClients({ sts, roleArn: config.operatorRoleArn, region: config.region }) : undefined;

export const app = createApp({
  data: createDataAccess(config, tenantClients, provinceClients, operatorClients),
  verifier: createTokenVerifier(config.auth),
  identity: cognitoIdentity({
    region: config.region,
    userPoolId: config.auth.userPoolId,
    clientId: config.auth.clientId,
    endpoint: config.auth.cognitoEndpoint,
  }),
  findDistrict: catalogueLookup(config.cataloguePath),
  findProvince: provinceLookup(config.cataloguePath),
  log: createLogger(),
  consoleOrigin: config.consoleOrigin,
  // The DOCX/XLSX writers are a second file beside the bundle, loaded on the first file request.
  ...(config.documentWritersPath && { documents: writersAt(config.documentWritersPath) }),
});

export const handler = handle(app);

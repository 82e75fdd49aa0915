import { STSClient } from '@aws-sdk/client-sts';
import { handle } from 'hono/aws-lambda';
import { createApp } from './app.js';
import { cognitoSignIn } from './auth/cognito-sign-in.js';
import { createTokenVerifier } from './auth/verifier.js';
import { assumedRoleProvinceClients } from './aws/province-credentials.js';
import { assumedRoleTenantClients } from './aws/tenant-credentials.js';
import { catalogueLookup } from './catalogue/load.js';
import { readConfig } from './config.js';
import { createDataAccess } from './data-access.js';
import { createLogger } from './log.js';

// Lambda entry: built once per container, then every invocation reuses the app.
const config = readConfig();
if (config.auth.mode !== 'cognito') throw new Error('The Lambda handler verifies Cognito tokens: set AUTH_MODE=cognito');
const sts = new STSClient({ region: config.region });
const tenantClients = config.tenantRoleArn ? assumedRoleTenantClients({ sts, roleArn: config.tenantRoleArn, region: config.region }) : undefined;
const provinceClients = config.provinceRoleArn ? assumedRoleProvinceClients({ sts, roleArn: config.provinceRoleArn, region: config.region }) : undefined;

export const app = createApp({
  data: createDataAccess(config, tenantClients, provinceClients),
  verifier: createTokenVerifier(config.auth),
  signIn: cognitoSignIn(config.region, config.auth.clientId),
  findDistrict: catalogueLookup(config.cataloguePath),
  log: createLogger(),
  consoleOrigin: config.consoleOrigin,
});

export const handler = handle(app);

import { fileURLToPath } from 'node:url';

/** Settings read once from the environment; the same names in AWS (set by CDK) and locally. */
export interface ApiConfig {
  tableName: string;
  region: string;
  /** DynamoDB Local's URL; unset in AWS. */
  dynamoEndpoint?: string;
  /** The deadline of one DynamoDB call attempt (DYNAMODB_TIMEOUT_MS); the client's default when unset. */
  dynamoTimeoutMs?: number;
  auth:
    | { mode: 'local'; issuer: string; audience: string }
    | {
        mode: 'cognito';
        userPoolId: string;
        clientId: string;
        /** Another Cognito endpoint (cognito-local in tests, from COGNITO_ENDPOINT); unset in AWS. */
        cognitoEndpoint?: string;
      };
  /** In AWS, the role the API assumes per request with the caller's tenant as a session tag. */
  tenantRoleArn?: string;
  /** In AWS, the read-only role provincial reads assume, narrowed by a session policy to the province's districts. */
  provinceRoleArn?: string;
  /** In AWS, the role platform work assumes when it touches a district's items (onboarding, account audits). */
  operatorRoleArn?: string;
  consoleOrigin?: string;
  cataloguePath: string;
  /** In the Lambda, the bundled DOCX/XLSX writers beside the handler (`/var/task/document-writers.cjs`). */
  documentWritersPath?: string;
}

const defaultCatalogue = fileURLToPath(new URL('../data/dvhcvn-2025-03-01.json', import.meta.url));

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const region = env.AWS_REGION ?? 'ap-southeast-1';
  const auth: ApiConfig['auth'] =
    env.AUTH_MODE === 'cognito'
      ? {
          mode: 'cognito',
          userPoolId: required(env, 'COGNITO_USER_POOL_ID'),
          clientId: required(env, 'COGNITO_CLIENT_ID'),
          cognitoEndpoint: env.COGNITO_ENDPOINT || undefined,
        }
      : { mode: 'local', issuer: env.LOCAL_ISSUER ?? 'antq-local-issuer', audience: env.LOCAL_AUDIENCE ?? 'antq-console' };
  return {
    tableName: env.TABLE_NAME ?? 'antq',
    region,
    dynamoEndpoint: env.DYNAMODB_ENDPOINT,
    ...(env.DYNAMODB_TIMEOUT_MS && { dynamoTimeoutMs: Number(env.DYNAMODB_TIMEOUT_MS) }),
    auth,
    tenantRoleArn: env.TENANT_ROLE_ARN,
    provinceRoleArn: env.PROVINCE_ROLE_ARN,
    operatorRoleArn: env.OPERATOR_ROLE_ARN,
    consoleOrigin: env.CONSOLE_ORIGIN,
    cataloguePath: env.CATALOGUE_PATH ?? defaultCatalogue,
    documentWritersPath: env.DOCUMENT_WRITERS_PATH || undefined,
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

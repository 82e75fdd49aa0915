import { delimiter } from 'node:path';
import { Duration, Fn } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';
import { paths } from './paths.js';
import { grantPlatformItems } from './platform-access.js';

/** Where the catalogue lands in the Lambda: the bundle's directory is `/var/task`. */
export const catalogueFileName = 'dvhcvn-2025-03-01.json';

/**
 * The DOCX/XLSX writers, bundled as a second file beside the handler's bundle by
 * `infra/tools/bundle-document-writers.mjs` and loaded by path on the first file request, so
 * that docx and exceljs (1.6 MB minified with what they use) stay out of the ≤ 1 MB handler bundle.
 */
export const documentWritersFileName = 'document-writers.cjs';

/**
 * The Cognito admin actions the API's identity provider sends (`services/api/src/auth/cognito-identity.ts`);
 * a test checks this list against the commands it sends. Sign-in, challenges, refresh and
 * forgotten passwords go through the public client and need no IAM permission.
 */
export const cognitoAdminActions = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminSetUserPassword',
] as const;

export interface ApiProps {
  /** The table; the function's own role reaches its platform partitions only (see platform-access.ts). */
  readonly table: dynamodb.ITable;
  readonly userPool: cognito.IUserPool;
  readonly userPoolClient: cognito.IUserPoolClient;
  /** How long the function's logs and the access logs are kept. */
  readonly logRetention?: logs.RetentionDays;
  /**
   * The API's own host name for CloudFront to reach it, with an ACM certificate in the stack's
   * region. When given, the execute-api endpoint is disabled: the API answers only on this name,
   * which CloudFront uses as its origin. Without it CloudFront needs the execute-api endpoint.
   */
  readonly originDomain?: { readonly domainName: string; readonly certificateArn: string };
}

/**
 * The API: the Hono app bundled into one Lambda behind an HTTP API whose `$default` route sends
 * every path to it. Authentication happens inside the app, so the gateway does no authorizing.
 */
export class Api extends Construct {
  /** The Lambda running `handle(app)`. */
  public readonly function: NodejsFunction;
  /** The HTTP API in front of it. */
  public readonly httpApi: apigwv2.HttpApi;
  /** The `$default` stage, throttled and access-logged. */
  public readonly stage: apigwv2.HttpStage;
  /** Host name of the API (no scheme), for use as a CloudFront origin. */
  public readonly domainName: string;
  /** The custom origin domain, when configured: its regional name is the target of its DNS CNAME. */
  public readonly customDomain?: apigwv2.DomainName;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.function = new NodejsFunction(this, 'Function', {
      entry: paths.apiEntry,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      projectRoot: paths.repoRoot,
      depsLockFilePath: paths.lockFile,
      logGroup: new logs.LogGroup(this, 'FunctionLogs', { retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS }),
      environment: {
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: props.userPool.userPoolId,
        COGNITO_CLIENT_ID: props.userPoolClient.userPoolClientId,
        TABLE_NAME: props.table.tableName,
        CATALOGUE_PATH: `/var/task/${catalogueFileName}`,
        DOCUMENT_WRITERS_PATH: `/var/task/${documentWritersFileName}`,
        // Errors logged from the minified bundle point at the TypeScript sources.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        // Some CommonJS dependencies call require() on Node built-ins; ESM output has no require.
        banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // The Node.js 22 runtime provides AWS SDK v3, so the bundle carries only our code and its other deps.
        externalModules: ['@aws-sdk/*'],
        forceDockerBundling: false,
        // The lock file is pnpm's, so CDK runs `pnpm exec -- esbuild`: the shim supplies that pnpm.
        environment: { PATH: `${paths.tools}${delimiter}${process.env.PATH ?? ''}` },
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // The 2.2 MB catalogue is read with fs on first onboarding; inlining it would bloat every cold start.
          // The document writers are a file of their own for the same reason (see documentWritersFileName).
          afterBundling: (inputDir, outputDir) => [
            `cp "${inputDir}/services/api/data/${catalogueFileName}" "${outputDir}/${catalogueFileName}"`,
            `node "${inputDir}/infra/tools/bundle-document-writers.mjs" "${inputDir}" "${outputDir}"`,
          ],
        },
      },
    });
    // Platform partitions only: tenant, provincial and operator work assume their own roles.
    grantPlatformItems(this.function.role!, props.table);
    // Accounts: exactly the admin actions the API uses, on its own user pool and nothing else.
    props.userPool.grant(this.function, ...cognitoAdminActions);

    this.httpApi = new apigwv2.HttpApi(this, 'HttpApi', {
      description: 'Antq coordination API (Hono + tRPC in one Lambda)',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('LambdaIntegration', this.function),
      // With an origin domain all traffic comes through CloudFront (and its web ACL) to that name.
      disableExecuteApiEndpoint: Boolean(props.originDomain),
    });
    if (props.originDomain) {
      this.customDomain = new apigwv2.DomainName(this, 'OriginDomain', {
        domainName: props.originDomain.domainName,
        certificate: acm.Certificate.fromCertificateArn(this, 'OriginCertificate', props.originDomain.certificateArn),
        securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
      });
    }
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 100, burstLimit: 200 },
      ...(this.customDomain && { domainMapping: { domainName: this.customDomain } }),
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            length: '$context.responseLength',
            latency: '$context.integrationLatency',
            error: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    // apiEndpoint is `https://<id>.execute-api.<region>.<suffix>`: keep the host.
    this.domainName = props.originDomain?.domainName ?? Fn.select(2, Fn.split('/', this.httpApi.apiEndpoint));

    acknowledge(this.function, {
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs: the AWS-maintained minimum for Lambda.',
      'AwsSolutions-L1':
        'Node.js 22 is pinned on purpose: the architecture targets Node 22 for Lambda and the bundle is built for it; changing runtime is a reviewed change.',
    });
    acknowledge(this.httpApi, {
      'AwsSolutions-APIG4':
        'The Hono app verifies Cognito ID tokens itself (aws-jwt-verify) so the same code runs locally; /health and /auth/sign-in must stay public, so the catch-all route has no gateway authorizer.',
    });
  }
}

import { RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

export const stageNames = ['dev', 'prod'] as const;
export type StageName = (typeof stageNames)[number];

/** CloudFront reads viewer certificates from this region only, and a CLOUDFRONT web ACL lives here. */
export const edgeRegion = 'us-east-1';
/** Singapore: the nearest region to Vietnam with every service the stack uses. `-c region=…` overrides. */
export const defaultRegion = 'ap-southeast-1';

/** A custom domain for the console (CloudFront) and, optionally, for the API origin behind it. */
export interface CustomDomain {
  /** The console's host name, e.g. `antq.example.gov.vn` (a CNAME to the distribution). */
  readonly domainName: string;
  /** An ACM certificate in us-east-1 covering `domainName`. */
  readonly certificateArn: string;
  /**
   * The API's own host name for CloudFront to reach it (e.g. `api-origin.antq.example.gov.vn`,
   * a CNAME to API Gateway's regional name) and an ACM certificate for it in the stack's region.
   * With it the execute-api endpoint is disabled.
   */
  readonly api?: { readonly domainName: string; readonly certificateArn: string };
}

/** Everything that differs between stages, read once from CDK context. */
export interface StageConfig {
  readonly name: StageName;
  /** `Antq-dev`, `Antq-prod`: the main stack. */
  readonly stackName: string;
  /** `Antq-dev-edge`: the us-east-1 stack holding the CloudFront web ACL. */
  readonly edgeStackName: string;
  /** Prefix of the names people read (web ACL, alarm topic, alarms, user pool). */
  readonly resourcePrefix: string;
  readonly region: string;
  /** CloudWatch Logs retention of the function and the API's access logs. */
  readonly logRetention: RetentionDays;
  /** Days S3 and CloudFront access logs are kept. */
  readonly accessLogDays: number;
  /** What a stack deletion (or a replacement) does to the table and the user pool. */
  readonly dataRemovalPolicy: RemovalPolicy;
  /** DynamoDB and Cognito deletion protection. */
  readonly deletionProtection: boolean;
  /** How far back point-in-time recovery reaches (1–35 days). */
  readonly pointInTimeRecoveryDays: number;
  readonly domain?: CustomDomain;
  /** Use this existing table (a point-in-time restore) instead of the stack's own. */
  readonly existingTableName?: string;
  /** Subscribed to the alarm topic when given. */
  readonly alarmEmail?: string;
}

const stageDefaults: Record<StageName, Pick<StageConfig, 'logRetention' | 'accessLogDays' | 'dataRemovalPolicy' | 'deletionProtection' | 'pointInTimeRecoveryDays'>> = {
  // dev is for trying deployments: `cdk destroy` takes its data with it, logs are kept briefly.
  dev: { logRetention: RetentionDays.ONE_MONTH, accessLogDays: 30, dataRemovalPolicy: RemovalPolicy.DESTROY, deletionProtection: false, pointInTimeRecoveryDays: 7 },
  // prod holds the movement's official records: nothing is deleted with the stack, logs are kept a year.
  prod: { logRetention: RetentionDays.ONE_YEAR, accessLogDays: 365, dataRemovalPolicy: RemovalPolicy.RETAIN, deletionProtection: true, pointInTimeRecoveryDays: 35 },
};

/** The settings a stage reads from context, flat (`-c domainName=…`) or in the stage's object. */
export const stageContextKeys = ['region', 'domainName', 'certificateArn', 'apiDomainName', 'apiCertificateArn', 'alarmEmail', 'existingTableName'] as const;

/**
 * The stage from CDK context: `-c stage=dev|prod` (default dev), `-c region=…`, and optionally
 * `-c domainName=… -c certificateArn=…` (CloudFront, us-east-1), `-c apiDomainName=… -c
 * apiCertificateArn=…` (API origin, stack region), `-c alarmEmail=…`, `-c existingTableName=…`.
 * The same keys may be kept per stage in an object `"antq:prod": { … }` in cdk.json's context, so
 * that a deployment's settings are written down once; a flat `-c` value wins over it.
 * prod requires both domains: its console is served on its own name with TLS 1.2 and its API is
 * reachable only through CloudFront's origin name, never at the execute-api URL.
 */
export function stageFromContext(node: Node): StageConfig {
  const present = (value: unknown): string | undefined => (value === undefined || value === null || value === '' ? undefined : String(value));
  const name = present(node.tryGetContext('stage')) ?? 'dev';
  if (!(stageNames as readonly string[]).includes(name)) throw new Error(`Unknown stage "${name}": use -c stage=dev or -c stage=prod`);
  const stage = name as StageName;
  const own = (node.tryGetContext(`antq:${stage}`) ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(own).filter((key) => !(stageContextKeys as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`antq:${stage} in context has unknown settings: ${unknown.join(', ')} (known: ${stageContextKeys.join(', ')})`);
  const context = (key: (typeof stageContextKeys)[number]): string | undefined => present(node.tryGetContext(key)) ?? present(own[key]);
  const region = context('region') ?? defaultRegion;
  const domain = customDomain(context, region);
  if (stage === 'prod' && !domain?.api) {
    throw new Error('The prod stage needs its domains: -c domainName=… -c certificateArn=… (us-east-1) -c apiDomainName=… -c apiCertificateArn=… (see docs/runbook.md)');
  }
  return {
    name: stage,
    stackName: `Antq-${stage}`,
    edgeStackName: `Antq-${stage}-edge`,
    resourcePrefix: `antq-${stage}`,
    region,
    ...stageDefaults[stage],
    ...(domain && { domain }),
    ...(context('existingTableName') && { existingTableName: context('existingTableName') }),
    ...(context('alarmEmail') && { alarmEmail: context('alarmEmail') }),
  };
}

function customDomain(context: (key: 'domainName' | 'certificateArn' | 'apiDomainName' | 'apiCertificateArn') => string | undefined, region: string): CustomDomain | undefined {
  const [domainName, certificateArn, apiDomainName, apiCertificateArn] = (['domainName', 'certificateArn', 'apiDomainName', 'apiCertificateArn'] as const).map(context);
  if (!domainName && !certificateArn && !apiDomainName && !apiCertificateArn) return undefined;
  if (!domainName || !certificateArn) throw new Error('A custom domain needs both -c domainName=… and -c certificateArn=…');
  if (Boolean(apiDomainName) !== Boolean(apiCertificateArn)) throw new Error('The API origin domain needs both -c apiDomainName=… and -c apiCertificateArn=…');
  requireCertificateRegion(certificateArn, edgeRegion, 'certificateArn (CloudFront reads certificates from us-east-1 only)');
  if (apiCertificateArn) requireCertificateRegion(apiCertificateArn, region, `apiCertificateArn (a regional API domain needs a certificate in ${region})`);
  return { domainName, certificateArn, ...(apiDomainName && apiCertificateArn && { api: { domainName: apiDomainName, certificateArn: apiCertificateArn } }) };
}

function requireCertificateRegion(arn: string, region: string, what: string): void {
  const parts = arn.split(':');
  if (parts[2] !== 'acm' || parts[3] !== region) throw new Error(`${what}: expected an ACM certificate ARN in ${region}, got ${arn}`);
}

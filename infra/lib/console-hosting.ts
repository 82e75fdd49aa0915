import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, type CfnElement, DefaultStackSynthesizer, Duration, Stack, Token } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';
import { securityHeaders } from './security-headers.js';

/** Paths CloudFront forwards to the API, so the console and the API share one origin (no CORS). */
export const apiPathPatterns = ['/trpc/*', '/auth/*', '/api/*', '/health'] as const;

export interface ConsoleHostingProps {
  /** Host name of the HTTP API. */
  readonly apiDomainName: string;
  /** Vite's output directory; deployed only if it holds an `index.html` at synth time. */
  readonly distDir: string;
  /** The CLOUDFRONT-scope web ACL (created in us-east-1 by the edge stack). */
  readonly webAclArn: string;
  /** The console's own host name and its ACM certificate (us-east-1); CloudFront's default name otherwise. */
  readonly domain?: { readonly domainName: string; readonly certificateArn: string };
  /** Days S3 and CloudFront access logs are kept. */
  readonly accessLogDays?: number;
}

/**
 * The console: a private S3 bucket behind CloudFront (Origin Access Control), with the API's
 * paths routed to API Gateway through the same distribution.
 */
export class ConsoleHosting extends Construct {
  /** Holds the built console; never public, read by CloudFront only. */
  public readonly bucket: s3.Bucket;
  /** Receives S3 server access logs and CloudFront standard logs. */
  public readonly logsBucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  /** `https://<distribution domain>`: the console's (and the API's public) origin. */
  public readonly url: string;
  /** Present when `web/dist` was built before synthesis. */
  public readonly deployment?: BucketDeployment;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    this.logsBucket = new s3.Bucket(this, 'Logs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      // CloudFront standard logging writes with ACLs, so the bucket must accept them.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogDays ?? 90) }],
    });
    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 's3-console/',
    });

    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: new origins.HttpOrigin(props.apiDomainName, {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      // With caching disabled this policy also forwards Authorization; Host must stay API Gateway's.
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
    };

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Antq console and API',
      defaultRootObject: 'index.html',
      webAclId: props.webAclArn,
      ...(props.domain && {
        domainNames: [props.domain.domainName],
        certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
      // Price class 200 is the cheapest that includes edge locations in Vietnam's region.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: this.logsBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders(this),
        functionAssociations: [
          { eventType: cloudfront.FunctionEventType.VIEWER_REQUEST, function: spaRouting(this) },
        ],
      },
      additionalBehaviors: Object.fromEntries(apiPathPatterns.map((pattern) => [pattern, apiBehavior])),
    });
    this.url = `https://${props.domain?.domainName ?? this.distribution.distributionDomainName}`;

    if (existsSync(join(props.distDir, 'index.html'))) {
      this.deployment = new BucketDeployment(this, 'Deploy', {
        sources: [Source.asset(props.distDir)],
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ['/*'],
        memoryLimit: 512,
      });
      acknowledgeDeploymentHandler(this, this.bucket);
    } else {
      Annotations.of(this).addWarningV2(
        'antq:console-not-built',
        `${props.distDir}/index.html not found: the console is not deployed. Build web/ before cdk deploy.`,
      );
    }

    acknowledge(this.distribution, {
      'AwsSolutions-CFR1':
        'Officials and provincial partners reach the console from anywhere (travel, roaming); access is controlled by Cognito sign-in, not geography.',
      // With a custom domain the viewer policy is TLSv1.2_2021 and there is nothing to acknowledge (prod requires one).
      ...(!props.domain && {
        'AwsSolutions-CFR4':
          'This stage has no custom domain (-c domainName/certificateArn): on the default *.cloudfront.net certificate CloudFront fixes the viewer TLS policy (TLSv1) and ignores a minimum; prod cannot synthesize without its domain.',
      }),
    });
  }
}

/**
 * Client-side routes (no file extension in the last segment) get the app shell. Done per request
 * on the S3 behaviour only: distribution-wide error responses would also turn the API's own
 * 403/404 answers into `index.html` with status 200.
 */
function spaRouting(scope: Construct): cloudfront.Function {
  return new cloudfront.Function(scope, 'SpaRouting', {
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    code: cloudfront.FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`),
  });
}

/**
 * BucketDeployment's handler is a singleton Lambda owned by aws-cdk-lib (outside this construct);
 * its findings are about CDK's code and the grants an S3 sync plus an invalidation need.
 */
function acknowledgeDeploymentHandler(scope: Construct, site: s3.Bucket): void {
  const stack = Stack.of(scope);
  const qualifier = stack.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  const siteId = stack.getLogicalId(site.node.defaultChild as CfnElement);
  // cdk-nag names unresolved pseudo parameters <AWS::…>; a stack with a region has them literally.
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const partition = Token.isUnresolved(stack.partition) ? '<AWS::Partition>' : stack.partition;
  const sync = 'CDK BucketDeployment handler: an S3 sync from the CDK asset bucket into the console bucket needs these object-level wildcards';
  for (const child of stack.node.children.filter((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'))) {
    acknowledge(child, {
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        'CDK BucketDeployment handler: AWSLambdaBasicExecutionRole only allows writing its own logs.',
      'AwsSolutions-L1': 'CDK BucketDeployment handler: its Python runtime is chosen by aws-cdk-lib, not by this app.',
      'AwsSolutions-IAM5[Action::s3:GetObject*]': `${sync} (read).`,
      'AwsSolutions-IAM5[Action::s3:GetBucket*]': `${sync} (bucket location and listing).`,
      'AwsSolutions-IAM5[Action::s3:List*]': `${sync} (listing to compute the diff).`,
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]': `${sync} (prune files of the previous build).`,
      'AwsSolutions-IAM5[Action::s3:Abort*]': `${sync} (abort failed multipart uploads).`,
      [`AwsSolutions-IAM5[Resource::arn:${partition}:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-${region}/*]`]:
        `${sync}: the zipped build is an object of the bootstrap asset bucket.`,
      [`AwsSolutions-IAM5[Resource::<${siteId}.Arn>/*]`]: `${sync}: every object of the console bucket may be replaced.`,
      'AwsSolutions-IAM5[Resource::*]':
        'CDK BucketDeployment handler: cloudfront:CreateInvalidation/GetInvalidation granted on * by aws-cdk-lib after uploading the build.',
    });
  }
}

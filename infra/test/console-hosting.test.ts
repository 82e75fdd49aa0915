import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { apiPathPatterns } from '../lib/console-hosting.js';
import { missingConsoleDist, synthesize } from './support/synth.js';

const builtDist = mkdtempSync(join(tmpdir(), 'antq-web-dist-'));
mkdirSync(join(builtDist, 'assets'));
writeFileSync(join(builtDist, 'index.html'), '<!doctype html><title>antq</title>');
writeFileSync(join(builtDist, 'assets', 'app.js'), 'console.log(1)');

const built = synthesize({ consoleDistDir: builtDist, bundle: false });
const unbuilt = synthesize({ consoleDistDir: missingConsoleDist, bundle: false });
afterAll(() => {
  built.cleanup();
  unbuilt.cleanup();
  rmSync(builtDist, { recursive: true, force: true });
});
const { template } = built;
const distribution = () => Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;

describe('console bucket', () => {
  it('is private, encrypted, TLS-only and access-logged', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 's3-console/' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('CloudFront distribution', () => {
  it('reads the bucket through Origin Access Control', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    const s3Origin = distribution().Origins.find((origin: { S3OriginConfig?: unknown }) => origin.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
  });

  it('serves index.html at the root and for client routes, without hiding API errors', () => {
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    // Distribution-wide error responses would rewrite the API's 403/404 too: routing is a viewer function.
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultCacheBehavior.FunctionAssociations).toHaveLength(1);

    const [fn] = Object.values(template.findResources('AWS::CloudFront::Function'));
    const handler = new Function(`${fn!.Properties.FunctionCode}; return handler;`)() as (event: unknown) => { uri: string };
    const route = (uri: string) => handler({ request: { uri } }).uri;
    expect(route('/')).toBe('/index.html');
    expect(route('/wards/00001/plans')).toBe('/index.html');
    expect(route('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
    expect(route('/favicon.svg')).toBe('/favicon.svg');
  });

  it('adds security headers with a CSP for a same-origin single-page app', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.stringLikeRegexp("default-src 'self'"),
            Override: true,
          },
          StrictTransportSecurity: Match.objectLike({ Override: true }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
        }),
      },
    });
    const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp: string = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('routes the API paths to API Gateway, uncached, with every method and header but Host', () => {
    const config = distribution();
    const apiOrigin = config.Origins.find((origin: { DomainName: unknown }) => JSON.stringify(origin.DomainName).includes('ApiHttpApi'));
    expect(apiOrigin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    for (const pattern of apiPathPatterns) {
      const behavior = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pattern);
      expect(behavior, pattern).toMatchObject({
        TargetOriginId: apiOrigin.Id,
        CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
        OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
        AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
        ViewerProtocolPolicy: 'redirect-to-https',
      });
    }
  });

  it('logs requests to the logs bucket', () => {
    expect(distribution().Logging).toMatchObject({ Prefix: 'cloudfront/' });
  });
});

describe('console deployment', () => {
  it('uploads web/dist and invalidates the distribution when the console is built', () => {
    built.template.resourceCountIs('Custom::CDKBucketDeployment', 1);
    built.template.hasResourceProperties('Custom::CDKBucketDeployment', { DistributionPaths: ['/*'] });
  });

  it('skips the upload with a warning when the console is not built', () => {
    unbuilt.template.resourceCountIs('Custom::CDKBucketDeployment', 0);
    const warnings = Annotations.fromStack(unbuilt.stack).findWarning('*', Match.stringLikeRegexp('index.html not found'));
    expect(warnings).toHaveLength(1);
  });
});

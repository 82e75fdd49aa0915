import { App } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { stageFromContext } from '../lib/stage.js';
import { prodContext, synthesize } from './support/synth.js';

const stageOf = (context: Record<string, string>) => stageFromContext(new App({ context }).node);

describe('stage from CDK context', () => {
  it('is dev by default, in Singapore, with the names of the stage', () => {
    expect(stageOf({})).toMatchObject({ name: 'dev', stackName: 'Antq-dev', edgeStackName: 'Antq-dev-edge', resourcePrefix: 'antq-dev', region: 'ap-southeast-1' });
    expect(stageOf({ stage: 'dev', region: 'ap-southeast-7' }).region).toBe('ap-southeast-7');
    expect(stageOf(prodContext)).toMatchObject({ name: 'prod', stackName: 'Antq-prod', edgeStackName: 'Antq-prod-edge', resourcePrefix: 'antq-prod' });
  });

  it('keeps prod data with the stack gone and logs a year; dev is disposable', () => {
    expect(stageOf(prodContext)).toMatchObject({ dataRemovalPolicy: 'retain', deletionProtection: true, pointInTimeRecoveryDays: 35, logRetention: 365, accessLogDays: 365 });
    expect(stageOf({})).toMatchObject({ dataRemovalPolicy: 'destroy', deletionProtection: false, pointInTimeRecoveryDays: 7, logRetention: 30, accessLogDays: 30 });
  });

  it('refuses an unknown stage, a prod without its domains, and certificates in the wrong region', () => {
    expect(() => stageOf({ stage: 'staging' })).toThrow(/Unknown stage "staging"/);
    expect(() => stageOf({ stage: 'prod' })).toThrow(/prod stage needs its domains/);
    const { apiDomainName: _d, apiCertificateArn: _c, ...withoutApi } = prodContext;
    expect(() => stageOf(withoutApi)).toThrow(/prod stage needs its domains/);
    expect(() => stageOf({ domainName: 'antq.example.gov.vn' })).toThrow(/both -c domainName=… and -c certificateArn=…/);
    expect(() => stageOf({ domainName: 'a.example', certificateArn: prodContext.apiCertificateArn })).toThrow(/us-east-1/);
    expect(() => stageOf({ ...prodContext, apiCertificateArn: prodContext.certificateArn })).toThrow(/in ap-southeast-1/);
    expect(() => stageOf({ ...prodContext, apiCertificateArn: '' })).toThrow(/apiDomainName=… and -c apiCertificateArn=…/);
  });

  it("reads a stage's settings from its object in context (written down once in cdk.json), a flat -c winning", () => {
    const { stage: _s, ...settings } = prodContext;
    const written = { stage: 'prod', 'antq:prod': settings, 'antq:dev': { region: 'ap-southeast-7' } };
    expect(stageFromContext(new App({ context: written as never }).node)).toMatchObject({ name: 'prod', domain: { domainName: prodContext.domainName, api: { domainName: prodContext.apiDomainName } }, alarmEmail: prodContext.alarmEmail });
    expect(stageFromContext(new App({ context: { ...written, alarmEmail: 'other@example.gov.vn' } as never }).node).alarmEmail).toBe('other@example.gov.vn');
    expect(stageFromContext(new App({ context: { ...written, stage: 'dev' } as never }).node)).toMatchObject({ name: 'dev', region: 'ap-southeast-7' });
    expect(stageFromContext(new App({ context: { ...written, stage: 'dev' } as never }).node).domain).toBeUndefined();
    expect(() => stageFromContext(new App({ context: { 'antq:dev': { domain: 'x' } } as never }).node)).toThrow(/unknown settings: domain/);
  });

  it('reads an existing table and an alarm e-mail when given', () => {
    expect(stageOf({ existingTableName: 'Antq-prod-restored', alarmEmail: 'a@example.gov.vn' })).toMatchObject({ existingTableName: 'Antq-prod-restored', alarmEmail: 'a@example.gov.vn' });
  });
});

const dev = synthesize({ bundle: false });
const prod = synthesize({ bundle: false, context: prodContext });
const restored = synthesize({ bundle: false, context: { existingTableName: 'Antq-dev-restored-20261201' } });
afterAll(() => [dev, prod, restored].forEach((s) => s.cleanup()));
const resources = (s: typeof dev, type: string) => Object.values(s.template.findResources(type));
const one = (s: typeof dev, type: string) => {
  const found = resources(s, type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
/** The function's and the access logs (CDK's own helper functions bring log groups of their own). */
const apiLogGroups = (s: typeof dev) => {
  const groups = Object.entries(s.template.findResources('AWS::Logs::LogGroup')).filter(([id]) => id.startsWith('Api')).map(([, g]) => g);
  expect(groups).toHaveLength(2);
  return groups;
};
const functionEnv = (s: typeof dev) => s.template.toJSON().Resources[s.stack.getLogicalId(s.stack.api.function.node.defaultChild as never)].Properties.Environment.Variables;

describe('prod: its own domain, TLS 1.2, the API reachable only through CloudFront', () => {
  it('serves the console on the custom domain with the us-east-1 certificate and TLSv1.2_2021', () => {
    const config = one(prod, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
    expect(config.Aliases).toEqual([prodContext.domainName]);
    expect(config.ViewerCertificate).toMatchObject({ AcmCertificateArn: prodContext.certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
    expect(functionEnv(prod).CONSOLE_ORIGIN).toBe(`https://${prodContext.domainName}`);
  });

  it('disables the execute-api endpoint and gives CloudFront the API origin domain instead', () => {
    expect(one(prod, 'AWS::ApiGatewayV2::Api').Properties.DisableExecuteApiEndpoint).toBe(true);
    expect(one(prod, 'AWS::ApiGatewayV2::DomainName').Properties).toMatchObject({
      DomainName: prodContext.apiDomainName,
      DomainNameConfigurations: [{ CertificateArn: prodContext.apiCertificateArn, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }],
    });
    expect(one(prod, 'AWS::ApiGatewayV2::ApiMapping').Properties).toMatchObject({ Stage: '$default' });
    const config = one(prod, 'AWS::CloudFront::Distribution').Properties.DistributionConfig;
    const origin = config.Origins.find((o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig);
    expect(origin.DomainName).toBe(prodContext.apiDomainName);
    const outputs = prod.template.toJSON().Outputs;
    expect(outputs.ApiOriginTarget).toBeDefined();
    expect(outputs.ApiUrl).toBeUndefined();
  });

  it('retains and protects the table and the user pool, recovers 35 days back, keeps logs a year', () => {
    const table = one(prod, 'AWS::DynamoDB::Table');
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(table.Properties).toMatchObject({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 } });
    const pool = one(prod, 'AWS::Cognito::UserPool');
    expect(pool).toMatchObject({ DeletionPolicy: 'Retain', Properties: { UserPoolName: 'antq-prod', DeletionProtection: 'ACTIVE' } });
    for (const group of apiLogGroups(prod)) expect(group.Properties.RetentionInDays).toBe(365);
  });

  it("tags the stack's resources with the stage", () => {
    expect(one(prod, 'AWS::DynamoDB::Table').Properties.Tags).toContainEqual({ Key: 'antq:stage', Value: 'prod' });
    expect(one(prod, 'AWS::Cognito::UserPool').Properties.UserPoolTags).toMatchObject({ 'antq:stage': 'prod' });
  });
});

describe('dev: disposable, on CloudFront’s own name, execute-api kept for the origin', () => {
  it('keeps the execute-api endpoint (CloudFront has no other way to the API without a domain) and outputs its URL', () => {
    expect(one(dev, 'AWS::ApiGatewayV2::Api').Properties.DisableExecuteApiEndpoint).toBeFalsy();
    dev.template.resourceCountIs('AWS::ApiGatewayV2::DomainName', 0);
    expect(dev.template.toJSON().Outputs.ApiUrl).toBeDefined();
    expect(one(dev, 'AWS::CloudFront::Distribution').Properties.DistributionConfig.Aliases).toBeUndefined();
  });

  it('deletes its table and user pool with the stack, without deletion protection, and keeps logs a month', () => {
    const table = one(dev, 'AWS::DynamoDB::Table');
    expect(table).toMatchObject({ DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
    expect(table.Properties).toMatchObject({ DeletionProtectionEnabled: false, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 } });
    expect(one(dev, 'AWS::Cognito::UserPool')).toMatchObject({ DeletionPolicy: 'Delete', Properties: { UserPoolName: 'antq-dev' } });
    for (const group of apiLogGroups(dev)) expect(group.Properties.RetentionInDays).toBe(30);
  });
});

describe('a restored table (-c existingTableName=…)', () => {
  it('creates no table, and points TABLE_NAME, the grants and the alarms at the restored one', () => {
    restored.template.resourceCountIs('AWS::DynamoDB::Table', 0);
    expect(functionEnv(restored).TABLE_NAME).toBe('Antq-dev-restored-20261201');
    const policies = JSON.stringify(restored.template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain(':table/Antq-dev-restored-20261201');
    expect(policies).toContain(':table/Antq-dev-restored-20261201/index/GSI1');
    expect(JSON.stringify(restored.template.findResources('AWS::CloudWatch::Alarm'))).toContain('Antq-dev-restored-20261201');
  });
});

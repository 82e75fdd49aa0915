import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueFileName } from '../lib/api.js';
import { synthesize } from './support/synth.js';

const { stack, template, cleanup } = synthesize();
afterAll(cleanup);
const functionId = stack.getLogicalId(stack.api.function.node.defaultChild as never);

describe('API Lambda', () => {
  it('runs Node.js 22 on arm64 with 512 MB and a 10 s timeout', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
    });
  });

  it('gets its configuration from the environment', () => {
    const env = template.toJSON().Resources[functionId].Properties.Environment.Variables;
    expect(env).toMatchObject({
      AUTH_MODE: 'cognito',
      CATALOGUE_PATH: `/var/task/${catalogueFileName}`,
      TABLE_NAME: { Ref: expect.stringMatching(/^DataTable/) },
    });
    for (const name of ['TENANT_ROLE_ARN', 'COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'CONSOLE_ORIGIN']) {
      expect(env[name], name).toBeDefined();
    }
    expect(JSON.stringify(env.TENANT_ROLE_ARN)).toContain('TenantDataAccessRole');
  });

  it('keeps its logs for a bounded time', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    for (const group of groups) expect(group.Properties.RetentionInDays).toBeGreaterThan(0);
  });
});

describe('HTTP API', () => {
  it('has a $default stage, throttled and access-logged', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: Match.anyValue(), ThrottlingRateLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it('sends every route to the Lambda', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [functionId, 'Arn'] },
    });
  });
});

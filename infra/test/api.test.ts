import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueFileName, cognitoAdminActions } from '../lib/api.js';
import { paths } from '../lib/paths.js';
import { synthesize } from './support/synth.js';

const { stack, template, cleanup } = synthesize({ bundle: false });
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

describe('API Lambda and Cognito', () => {
  const apiRoleId = stack.resolve(stack.api.function.role!.roleArn)['Fn::GetAtt'][0] as string;
  const poolId = stack.getLogicalId(stack.identity.userPool.node.defaultChild as never);
  interface Statement { Effect: string; Action: string | string[]; Resource: unknown }
  /** Every statement of every policy on the API's own role that names a Cognito action. */
  const cognitoStatements = (): Statement[] =>
    Object.values(template.findResources('AWS::IAM::Policy'))
      .filter((policy) => (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: apiRoleId })))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
      .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')));

  it('may call exactly the admin actions the identity provider uses, on its own user pool only', () => {
    const statements = cognitoStatements();
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement!.Effect).toBe('Allow');
    expect([statement!.Action].flat().sort()).toEqual([...cognitoAdminActions].sort());
    expect(statement!.Resource).toEqual({ 'Fn::GetAtt': [poolId, 'Arn'] });
  });

  it('is granted what cognito-identity.ts sends: every Admin command, and nothing for the public client calls', () => {
    const source = readFileSync(join(paths.repoRoot, 'services/api/src/auth/cognito-identity.ts'), 'utf8');
    const sent = new Set([...source.matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!));
    const admin = [...sent].filter((name) => name.startsWith('Admin'));
    expect(admin.map((name) => `cognito-idp:${name}`).sort()).toEqual([...cognitoAdminActions].sort());
    // The rest are the public client's unauthenticated calls, which IAM does not govern.
    expect([...sent].filter((name) => !name.startsWith('Admin')).sort()).toEqual(
      ['ConfirmForgotPassword', 'ForgotPassword', 'InitiateAuth', 'RespondToAuthChallenge', 'RevokeToken'],
    );
  });
});

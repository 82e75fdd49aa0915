import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { roleGroups } from '../lib/identity.js';
import { synthesize } from './support/synth.js';

const { template, cleanup } = synthesize();
afterAll(cleanup);

describe('identity', () => {
  it('has one group per role', () => {
    expect([...roleGroups].sort()).toEqual(['coordinator', 'operator', 'province_staff', 'ward_officer']);
    for (const role of roleGroups) template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', roleGroups.length);
  });

  it('lets only operators create accounts, with a strong password policy and the tenant attributes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      Schema: Match.arrayWith(
        ['tenantId', 'wardId', 'provinceId'].map((name) => Match.objectLike({ Name: name, AttributeDataType: 'String' })),
      ),
    });
  });

  it('has a secretless client for password and SRP sign-in with 8-hour ID tokens', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']),
      IdTokenValidity: 480,
      TokenValidityUnits: Match.objectLike({ IdToken: 'minutes' }),
    });
  });

  it('does not let users write their own tenant, ward or province', () => {
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    const writable: string[] = client?.Properties.WriteAttributes ?? [];
    expect(writable.length).toBeGreaterThan(0); // an absent list would mean "all attributes"
    expect(writable.filter((name) => name.startsWith('custom:'))).toEqual([]);
  });
});

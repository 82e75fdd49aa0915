import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { invitationMessage, roleGroups, verificationMessage } from '../lib/identity.js';
import { synthesize } from './support/synth.js';

const { template, cleanup } = synthesize({ bundle: false });
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

describe('identity messages', () => {
  const pool = () => Object.values(template.findResources('AWS::Cognito::UserPool'))[0]!.Properties;

  it('invites in Vietnamese with the username and the one-time password', () => {
    const invite = pool().AdminCreateUserConfig.InviteMessageTemplate;
    expect(invite.EmailSubject).toBe(invitationMessage.emailSubject);
    expect(invite.EmailSubject).toMatch(/Tài khoản/);
    for (const text of [invite.EmailMessage, invite.SMSMessage]) {
      expect(text).toContain('{username}');
      expect(text).toContain('{####}');
    }
    expect(invite.EmailMessage).toMatch(/Mật khẩu dùng một lần/);
    expect(invite.EmailMessage).toMatch(/đặt mật khẩu mới/);
    expect(invite.SMSMessage.length).toBeLessThanOrEqual(140);
    // Cognito's English default would begin "Your username is".
    expect(invite.EmailMessage).not.toMatch(/Your username/i);
  });

  it('sends a forgotten password code in Vietnamese', () => {
    const template = pool().VerificationMessageTemplate;
    expect(template.DefaultEmailOption).toBe('CONFIRM_WITH_CODE');
    expect(template.EmailSubject).toBe(verificationMessage.emailSubject);
    expect(template.EmailMessage).toMatch(/đặt lại mật khẩu/);
    expect(template.EmailMessage).toContain('{####}');
    expect(template.SmsMessage).toContain('{####}');
  });

  it('keeps one-time passwords for 3 days, as the invitation says', () => {
    expect(pool().Policies.PasswordPolicy.TemporaryPasswordValidityDays).toBe(3);
    expect(invitationMessage.emailBody).toMatch(/3 ngày/);
  });

  it('lets the client read the name, so the ID token carries it', () => {
    const [client] = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    expect(client?.Properties.ReadAttributes).toEqual(
      expect.arrayContaining(['name', 'email', 'custom:tenantId', 'custom:wardId', 'custom:provinceId']),
    );
  });
});

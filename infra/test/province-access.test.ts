import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { provinceReadActions } from '../lib/province-access.js';
import { synthesize } from './support/synth.js';

const { stack, template, cleanup } = synthesize({ bundle: false });
afterAll(cleanup);
const roleId = stack.resolve(stack.provinceAccess.role.roleArn)['Fn::GetAtt'][0] as string;
const apiRoleId = stack.resolve(stack.api.function.role!.roleArn)['Fn::GetAtt'][0] as string;

function statements(): Array<{ Action: string | string[]; Condition?: Record<string, Record<string, unknown>> }> {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId })))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

describe('ProvinceReadAccess role', () => {
  it('may only read (GetItem, BatchGetItem, Query), never write or Scan', () => {
    const actions = statements().flatMap((s) => [s.Action].flat());
    expect(actions.sort()).toEqual([...provinceReadActions].sort());
  });

  it("confines reads to the session's province partitions and district partitions (narrowed per session)", () => {
    const keys = statements()[0]!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
    expect(keys).toEqual(['P#${aws:PrincipalTag/ProvinceId}#*', 'D#*']);
  });

  it('is assumable only by the API role with a ProvinceId tag, and its ARN reaches the Lambda', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [Match.objectLike({ Principal: { AWS: { 'Fn::GetAtt': [apiRoleId, 'Arn'] } }, Condition: Match.objectLike({ Null: { 'aws:RequestTag/ProvinceId': 'false' } }) })],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ PROVINCE_ROLE_ARN: { 'Fn::GetAtt': [roleId, 'Arn'] } }) },
    });
  });
});

import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { tenantItemActions } from '../lib/tenant-access.js';
import { synthesize } from './support/synth.js';

const { stack, template, cleanup } = synthesize({ bundle: false });
afterAll(cleanup);
const roleId = stack.resolve(stack.tenantAccess.role.roleArn)['Fn::GetAtt'][0] as string;
const apiRoleId = stack.resolve(stack.api.function.role!.roleArn)['Fn::GetAtt'][0] as string;

interface Statement {
  Action: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
  Resource: unknown;
}

/** Every statement of every policy attached to the tenant role, inline or separate. */
function tenantStatements(): Statement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId })),
  );
  const role = template.toJSON().Resources[roleId];
  const inline = (role.Properties.Policies ?? []).map((p: { PolicyDocument: unknown }) => p.PolicyDocument);
  expect(role.Properties.ManagedPolicyArns ?? []).toEqual([]);
  return [...policies.map((p) => p.Properties.PolicyDocument), ...inline].flatMap((doc) => doc.Statement);
}

const actionsOf = (statement: Statement) => [statement.Action].flat();

describe('TenantDataAccess role', () => {
  it('confines items to D#<tenant> and D#<tenant>#* through LeadingKeys', () => {
    const statements = tenantStatements();
    expect(statements).toHaveLength(1);
    const leadingKeys = statements[0]!.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'];
    expect(leadingKeys).toEqual(['D#${aws:PrincipalTag/TenantId}', 'D#${aws:PrincipalTag/TenantId}#*']);
  });

  it('allows item actions only, on the table and its indexes, and never Scan', () => {
    const statements = tenantStatements();
    const actions = statements.flatMap(actionsOf);
    expect(actions.sort()).toEqual([...tenantItemActions].sort());
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions).not.toContain('dynamodb:*');
    expect(actions.some((action) => action.includes('*'))).toBe(false);
    const resources = JSON.stringify(statements[0]!.Resource);
    expect(resources).toContain('/index/GSI1');
    expect(resources).not.toContain('/index/*');
    expect(resources).not.toMatch(/"\*"/);
  });

  it('is assumable only by the API role, and only with a TenantId session tag', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Principal: { AWS: { 'Fn::GetAtt': [apiRoleId, 'Arn'] } },
            Condition: Match.objectLike({ Null: { 'aws:RequestTag/TenantId': 'false' } }),
          },
        ],
      },
    });
  });

  it('is granted to the API role (assume and tag)', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: apiRoleId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          // The grants for the tenant and the provincial roles share one statement.
          Match.objectLike({ Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: Match.arrayWith([{ 'Fn::GetAtt': [roleId, 'Arn'] }]) }),
        ]),
      },
    });
  });
});

import { keys } from '@antq/db/keys';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { operatorItemActions } from '../lib/operator-access.js';
import { actionsOf, allowsItem, roleStatements } from './support/iam.js';
import { synthesize } from './support/synth.js';

const { stack, template, cleanup } = synthesize({ bundle: false });
afterAll(cleanup);
const roleId = stack.resolve(stack.operatorAccess.role.roleArn)['Fn::GetAtt'][0] as string;
const apiRoleId = stack.resolve(stack.api.function.role!.roleArn)['Fn::GetAtt'][0] as string;
const tableId = stack.resolve(stack.data.table.tableArn)['Fn::GetAtt'][0] as string;
const statements = roleStatements(template, roleId);
const onboarding = { TenantId: '307', ProvinceId: '31' };

describe('OperatorDataAccess role', () => {
  it('allows single-item reads and writes only: no Scan, no DeleteItem, no BatchWriteItem', () => {
    const actions = [...new Set(statements.flatMap(actionsOf))].sort();
    expect(actions).toEqual([...operatorItemActions].sort());
    for (const forbidden of ['dynamodb:Scan', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']) expect(actions).not.toContain(forbidden);
  });

  it('is on the table only (no index) and every statement is conditioned on LeadingKeys', () => {
    for (const statement of statements) {
      expect(statement.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'Arn'] });
      expect(statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'], statement.Sid).toBeDefined();
    }
  });

  it("writes what onboarding writes, in the session's district and province", () => {
    const written = [
      keys.tenant('307'),
      keys.ward('307', '11311'),
      keys.provinceTenant('31', '307'),
      keys.provinceIndex('31'),
      keys.platformTenant('307'),
      keys.audit('307', '2026-01-01T00:00:00Z', 'x'),
      keys.account('dieuphoi.kienan'),
    ];
    for (const { PK } of written) expect(allowsItem(statements, 'dynamodb:PutItem', PK, onboarding), PK).toBe(true);
  });

  it("reaches nothing else of the district, nothing of another district or province", () => {
    const refused = [
      keys.campaignSummary('307', 'c1').PK,
      keys.idempotency('307', 'k').PK,
      keys.awardRule('307', 'once', 'h').PK,
      keys.catalogueVersion('307', 'cat', 1).PK,
      'D#3070',
      'D#3070#AUDIT',
      keys.tenant('303').PK,
      keys.audit('303', 't', 'x').PK,
      keys.provinceIndex('44').PK,
    ];
    for (const action of operatorItemActions) {
      for (const pk of refused) expect(allowsItem(statements, action, pk, onboarding), `${action} ${pk}`).toBe(false);
    }
  });

  it('grants no province partition to a session without the ProvinceId tag (an account change)', () => {
    expect(allowsItem(statements, 'dynamodb:PutItem', keys.audit('307', 't', 'x').PK, { TenantId: '307' })).toBe(true);
    expect(allowsItem(statements, 'dynamodb:PutItem', keys.provinceIndex('31').PK, { TenantId: '307' })).toBe(false);
  });

  it('is assumable only by the API role, with a TenantId tag and no tags but TenantId and ProvinceId', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['sts:AssumeRole', 'sts:TagSession'],
            Principal: { AWS: { 'Fn::GetAtt': [apiRoleId, 'Arn'] } },
            Condition: {
              Null: { 'aws:RequestTag/TenantId': 'false' },
              'ForAllValues:StringEquals': { 'aws:TagKeys': ['TenantId', 'ProvinceId'] },
            },
          },
        ],
      },
      Description: Match.stringLikeRegexp('Platform work'),
    });
    expect(template.toJSON().Resources[roleId].Properties.ManagedPolicyArns ?? []).toEqual([]);
  });

  it('reaches the Lambda as OPERATOR_ROLE_ARN', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ OPERATOR_ROLE_ARN: { 'Fn::GetAtt': [roleId, 'Arn'] } }) },
    });
  });
});

import { keys, partitions } from '@antq/db/keys';
import { afterAll, describe, expect, it } from 'vitest';
import { platformItemActions } from '../lib/platform-access.js';
import { actionsOf, allowsItem, leadingKeysOf, roleStatements, stringLike } from './support/iam.js';
import { synthesize } from './support/synth.js';

const { stack, template, cleanup } = synthesize({ bundle: false });
afterAll(cleanup);
const apiRoleId = stack.resolve(stack.api.function.role!.roleArn)['Fn::GetAtt'][0] as string;
const tableId = stack.resolve(stack.data.table.tableArn)['Fn::GetAtt'][0] as string;
const statements = roleStatements(template, apiRoleId);
const dynamoStatements = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));

/** Partitions of districts, as the key builders make them. */
const districtKeys = [
  keys.tenant('307').PK,
  keys.ward('307', '11311').PK,
  keys.audit('307', '2026-01-01T00:00:00Z', 'x').PK,
  keys.idempotency('307', 'k').PK,
  keys.campaignSummary('307', 'c1').PK,
  keys.awardRule('307', 'once', 'h').PK,
  partitions.wardTimeline('307', '11311'),
];
/** A province's registry of onboarded districts: read by onboarding, written only on an operator session. */
const provinceRegistryKeys = [keys.provinceIndex('31').PK, keys.provinceTenant('31', '307').PK];
const writeActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'];
/** The platform's partitions the function's own role serves: sign-in, the account read, sign-out, registry, settings, audit. */
const platformKeys = [
  keys.account('vanhanh').PK,
  keys.signInThrottle('user', 'vanhanh').PK,
  keys.signInThrottle('address', '203.0.113.1').PK,
  keys.revokedToken('jti').PK,
  keys.platformTenant('307').PK,
  keys.platformSetting('derived-items').PK,
  keys.platformAudit('2026-01-01T00:00:00Z', 'x').PK,
];

describe("the API function's own role (issue 16: it cannot bypass the tenant wall)", () => {
  it('has DynamoDB statements, each conditioned on LeadingKeys', () => {
    expect(dynamoStatements.length).toBeGreaterThan(0);
    for (const statement of dynamoStatements) expect(leadingKeysOf(statement), statement.Sid).toBeDefined();
  });

  it('allows no D#… leading key in any statement', () => {
    for (const statement of dynamoStatements) {
      for (const pattern of leadingKeysOf(statement)!) {
        expect(pattern, statement.Sid).not.toMatch(/^D#|^D\*|^\*/);
        for (const pk of districtKeys) expect(stringLike(pattern, pk), `${pattern} ~ ${pk}`).toBe(false);
      }
    }
  });

  it('never allows Scan, a wildcard action, or a resource beyond the table and GSI1', () => {
    const actions = dynamoStatements.flatMap(actionsOf);
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.some((a) => a.includes('*'))).toBe(false);
    expect([...new Set(actions)].sort()).toEqual([...platformItemActions].sort());
    for (const statement of dynamoStatements) {
      const resources = JSON.stringify(statement.Resource);
      expect(resources).toContain(tableId);
      expect(resources).not.toMatch(/index\/\*|"\*"/);
    }
  });

  it("reaches no district item with any action, and only reads the provinces' registries", () => {
    for (const action of platformItemActions) {
      for (const pk of districtKeys) expect(allowsItem(statements, action, pk), `${action} ${pk}`).toBe(false);
    }
    for (const pk of provinceRegistryKeys) {
      for (const action of writeActions) expect(allowsItem(statements, action, pk), `${action} ${pk}`).toBe(false);
      expect(allowsItem(statements, 'dynamodb:GetItem', pk), pk).toBe(true);
    }
    expect(allowsItem(statements, 'dynamodb:GetItem', 'P#31#OTHER')).toBe(false);
  });

  it("serves the platform's own partitions, and lists accounts on GSI1 only", () => {
    for (const pk of platformKeys) {
      for (const action of ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']) {
        expect(allowsItem(statements, action, pk), `${action} ${pk}`).toBe(true);
      }
    }
    const listing = dynamoStatements.find((s) => JSON.stringify(s.Resource).includes('/index/GSI1'));
    expect(actionsOf(listing!)).toEqual(['dynamodb:Query']);
    for (const pk of [partitions.accountsOfProvince('31'), partitions.operatorAccounts]) expect(leadingKeysOf(listing!)!.some((p) => stringLike(p, pk)), pk).toBe(true);
  });

  it('has no managed policy but the basic execution role (logs), and may assume exactly the three session roles', () => {
    const role = template.toJSON().Resources[apiRoleId];
    expect(JSON.stringify(role.Properties.ManagedPolicyArns)).toContain('AWSLambdaBasicExecutionRole');
    expect(role.Properties.ManagedPolicyArns).toHaveLength(1);
    const assume = statements.filter((s) => actionsOf(s).includes('sts:AssumeRole'));
    expect(assume).toHaveLength(1);
    const targets = [assume[0]!.Resource].flat().map((r) => (r as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0]).sort();
    expect(targets).toEqual(
      [stack.tenantAccess.role, stack.provinceAccess.role, stack.operatorAccess.role].map((r) => stack.resolve(r.roleArn)['Fn::GetAtt'][0]).sort(),
    );
  });
});

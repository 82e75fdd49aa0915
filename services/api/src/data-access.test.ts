import { createItem, keys, ScopeViolationError } from '@antq/db';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDataAccess, type OperatorSession, operatorSessionFor } from './data-access.js';

describe('operatorSessionFor', () => {
  it('needs no operator session for the platform partitions (the function role serves them)', () => {
    expect(operatorSessionFor([keys.account('a').PK, 'ACCOUNTS#P#31'])).toBeUndefined();
    expect(operatorSessionFor([keys.platformTenant('307').PK, keys.signInThrottle('user', 'a').PK, keys.revokedToken('t').PK])).toBeUndefined();
  });

  it("names the one district (and province) of onboarding and of an account change audited in the district's trail", () => {
    const onboarding = [keys.tenant('307').PK, keys.ward('307', '11311').PK, keys.provinceTenant('31', '307').PK, keys.platformTenant('307').PK, keys.audit('307', 't', 'i').PK];
    expect(operatorSessionFor(onboarding)).toEqual({ tenantId: '307', provinceId: '31' });
    expect(operatorSessionFor([keys.account('a').PK, 'ACCOUNTS#P#31', keys.audit('307', 't', 'i').PK])).toEqual({ tenantId: '307' });
  });

  it("refuses a district's partitions other than its head and its audit trail (the operator role's policy)", () => {
    expect(() => operatorSessionFor([keys.campaignSummary('307', 'c1').PK])).toThrow(ScopeViolationError);
    expect(() => operatorSessionFor([keys.idempotency('307', 'k').PK])).toThrow(ScopeViolationError);
    expect(() => operatorSessionFor(['D#307#AUDITX'])).toThrow(ScopeViolationError);
  });

  it("reads a province's registry on the function role (onboarding checks the province index first)", () => {
    expect(operatorSessionFor([keys.provinceIndex('31').PK])).toBeUndefined();
  });

  it("refuses a request that spans two districts, or writes a province's registry without its district", () => {
    expect(() => operatorSessionFor([keys.tenant('307').PK, keys.tenant('303').PK])).toThrow(ScopeViolationError);
    expect(() => operatorSessionFor([keys.provinceIndex('31').PK], true)).toThrow(ScopeViolationError);
    expect(() => operatorSessionFor([keys.tenant('307').PK, keys.provinceIndex('31').PK, keys.provinceIndex('44').PK], true)).toThrow(ScopeViolationError);
  });
});

describe('platform repository without operator clients (local)', () => {
  it('refuses locally what IAM refuses in AWS, before anything is sent', async () => {
    const data = createDataAccess({ tableName: 'antq', region: 'ap-southeast-1', dynamoEndpoint: 'http://127.0.0.1:9', dynamoTimeoutMs: 200 });
    await expect(data.platform().get(keys.campaignSummary('307', 'c1'))).rejects.toThrow(ScopeViolationError);
    await expect(data.platform().batchGet([keys.tenant('307'), keys.tenant('303')])).rejects.toThrow(ScopeViolationError);
  });
});

describe('platform repository with operator clients (AWS)', () => {
  const config = { tableName: 'antq', region: 'ap-southeast-1', dynamoEndpoint: 'http://127.0.0.1:9', dynamoTimeoutMs: 200 };

  function setup() {
    const sessions: OperatorSession[] = [];
    const sent: string[] = [];
    const operatorDoc = { send: async (command: { constructor: { name: string } }) => (sent.push(command.constructor.name), {}) } as unknown as DynamoDBDocumentClient;
    const data = createDataAccess(config, undefined, undefined, (session) => (sessions.push(session), operatorDoc));
    return { data, sessions, sent };
  }

  it("sends a district's items through an operator session for that district", async () => {
    const { data, sessions, sent } = setup();
    const platform = data.platform();
    await platform.get(keys.tenant('307'));
    await platform.commit([createItem('antq', { ...keys.provinceTenant('31', '307'), entity: 'ProvinceTenant' })], {
      tenantId: '307',
      actor: { sub: 's', username: 'u' },
      action: 'tenant.index',
      entityType: 'ProvinceIndex',
      entityId: '31',
    });
    expect(sessions).toEqual([{ tenantId: '307' }, { tenantId: '307', provinceId: '31' }]);
    expect(sent).toEqual(['GetCommand', 'TransactWriteCommand']);
  });

  it('keeps platform partitions on the function role (no operator session)', async () => {
    const { data, sessions } = setup();
    // The function's own client points at a closed port here: it fails, and no session was asked for.
    await expect(data.platform().get(keys.account('vanhanh'))).rejects.toThrow();
    expect(sessions).toEqual([]);
  });
});

import type { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { assumedRoleProvinceClients, provinceSessionPolicy } from './province-credentials.js';

describe('provincial session policy', () => {
  it("allows reading the province's items and its districts' partitions only, and nothing else", () => {
    const policy = JSON.parse(provinceSessionPolicy('31', ['307', '303']));
    const [statement] = policy.Statement;
    expect(policy.Statement).toHaveLength(1);
    expect(statement.Action).toEqual(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']);
    expect(statement.Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys']).toEqual(['P#31#*', 'D#307', 'D#307#*', 'D#303', 'D#303#*']);
  });

  it('stays within the 2,048-character session policy limit for a province of 30 districts', () => {
    const districts = Array.from({ length: 30 }, (_, i) => String(100 + i));
    expect(provinceSessionPolicy('01', districts).length).toBeLessThan(2048);
  });
});

describe('provincial credentials (STS mocked: it cannot run here)', () => {
  it('assumes the role with the province tag and the session policy, once per province and districts', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    const sts = {
      send: async (command: { input: Record<string, unknown> }) => {
        sent.push(command);
        return { Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date(Date.now() + 900_000) } };
      },
    } as unknown as STSClient;
    const clients = assumedRoleProvinceClients({ sts, roleArn: 'arn:aws:iam::1:role/ProvinceRead', region: 'ap-southeast-1' });
    const doc = clients('31', ['307', '303']);
    expect(clients('31', ['303', '307'])).toBe(doc);
    expect(clients('31', [])).not.toBe(doc);
    await (doc.config.credentials as () => Promise<unknown>)();
    expect(sent[0]!.input).toMatchObject({ RoleArn: 'arn:aws:iam::1:role/ProvinceRead', Tags: [{ Key: 'ProvinceId', Value: '31' }], Policy: provinceSessionPolicy('31', ['307', '303']) });
  });
});

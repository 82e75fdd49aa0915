import type { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { assumedRoleOperatorClients } from './operator-credentials.js';

describe('operator credentials (STS mocked: it cannot run here)', () => {
  it('assumes the operator role with the district (and province) as session tags, once per session', async () => {
    const sent: Array<{ input: Record<string, unknown> }> = [];
    const sts = {
      send: async (command: { input: Record<string, unknown> }) => {
        sent.push(command);
        return { Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date(Date.now() + 900_000) } };
      },
    } as unknown as STSClient;
    const clients = assumedRoleOperatorClients({ sts, roleArn: 'arn:aws:iam::1:role/Operator', region: 'ap-southeast-1' });
    const onboarding = clients({ tenantId: '307', provinceId: '31' });
    expect(clients({ tenantId: '307', provinceId: '31' })).toBe(onboarding);
    const audit = clients({ tenantId: '307' });
    expect(audit).not.toBe(onboarding);
    await (onboarding.config.credentials as () => Promise<unknown>)();
    await (audit.config.credentials as () => Promise<unknown>)();
    expect(sent[0]!.input).toMatchObject({ RoleArn: 'arn:aws:iam::1:role/Operator', Tags: [{ Key: 'TenantId', Value: '307' }, { Key: 'ProvinceId', Value: '31' }] });
    expect(sent[1]!.input).toMatchObject({ Tags: [{ Key: 'TenantId', Value: '307' }] });
    expect(sent[1]!.input.Tags).toHaveLength(1);
  });
});

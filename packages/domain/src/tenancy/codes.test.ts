import { describe, expect, it } from 'vitest';
import { describeIssues, onboardTenantInput } from '../index.js';

describe('onboardTenantInput', () => {
  it('accepts a three-digit GSO district code', () => {
    expect(onboardTenantInput.parse({ districtCode: ' 307 ' })).toEqual({ districtCode: '307' });
  });

  it('refuses anything else with a Vietnamese message on the field', () => {
    const result = onboardTenantInput.safeParse({ districtCode: '30' });
    expect(result.success).toBe(false);
    const { fieldErrors } = describeIssues(result.error!);
    expect(fieldErrors.districtCode).toEqual(['Mã quận/huyện phải gồm 3 chữ số (mã GSO)']);
  });

  it('reports a missing field in Vietnamese, by its label', () => {
    const result = onboardTenantInput.safeParse({});
    expect(describeIssues(result.error!).issues[0]).toMatchObject({ path: 'districtCode' });
    expect(describeIssues(result.error!).issues[0]!.message).toBe('Mã quận/huyện: cần nhập');
  });
});

import { describe, expect, it } from 'vitest';
import { keys } from './keys.js';
import { platformScope, provinceScope, tenantScope } from './scope.js';

describe('tenantScope', () => {
  const kienAn = tenantScope('307');

  it('owns its own partitions', () => {
    expect(kienAn.owns(keys.tenant('307').PK)).toBe(true);
    expect(kienAn.owns(keys.audit('307', '2026', 'x').PK)).toBe(true);
    expect(kienAn.owns(keys.idempotency('307', 'k').PK)).toBe(true);
  });

  it('refuses a district whose code merely starts with the same digits', () => {
    expect(kienAn.owns('D#3070')).toBe(false);
    expect(kienAn.owns('D#3070#AUDIT')).toBe(false);
    expect(kienAn.owns('D#30')).toBe(false);
  });

  it('refuses other tenants, provinces and platform items', () => {
    expect(kienAn.owns(keys.tenant('450').PK)).toBe(false);
    expect(kienAn.owns(keys.provinceTenant('31', '307').PK)).toBe(false);
    expect(kienAn.owns(keys.platformTenant('307').PK)).toBe(false);
    expect(kienAn.owns(keys.account('a').PK)).toBe(false);
  });
});

describe('provinceScope', () => {
  it('reads its own items and the listed districts, read-only', () => {
    const haiPhong = provinceScope('31', ['307']);
    expect(haiPhong.readOnly).toBe(true);
    expect(haiPhong.owns(keys.provinceTenant('31', '307').PK)).toBe(true);
    expect(haiPhong.owns(keys.tenant('307').PK)).toBe(true);
    expect(haiPhong.owns(keys.tenant('450').PK)).toBe(false);
    expect(haiPhong.owns(keys.provinceTenant('44', '450').PK)).toBe(false);
    expect(haiPhong.owns('P#310#TENANTS')).toBe(false);
  });
});

describe('platformScope', () => {
  it('owns everything', () => {
    expect(platformScope.owns('anything')).toBe(true);
  });
});

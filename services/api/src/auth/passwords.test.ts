import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Mật-khẩu-1');
    expect(stored).not.toContain('Mật-khẩu-1');
    expect(await verifyPassword('Mật-khẩu-1', stored)).toBe(true);
    expect(await verifyPassword('Mật-khẩu-2', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('x')).not.toEqual(await hashPassword('x'));
  });
});

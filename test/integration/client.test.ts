import type { AddressInfo } from 'node:net';
import { createAntqClient, signIn, SignInError, TRPCClientError } from '@antq/client';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/test-api.js';

// The ward client over real HTTP against the API on Node and DynamoDB Local.
let baseUrl: string;
let close: () => void;

beforeAll(async () => {
  const api = await createTestApi();
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0 }, () => resolve(s));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close?.());

describe('the typed ward client', () => {
  it("signs in and reads the ward officer's own ward", async () => {
    const { token } = await signIn(baseUrl, 'phuong.ducninhdong', 'Antq@2025');
    const api = createAntqClient({ baseUrl, token });
    const wards = await api.wards.list.query();
    expect(wards.map((w) => w.name)).toEqual(['Phường Đức Ninh Đông']);
    const me = await api.me.get.query();
    expect(me.tenant?.name).toBe('Thành Phố Đồng Hới');
  });

  it('reports a wrong password with the Vietnamese message', async () => {
    const attempt = signIn(baseUrl, 'phuong.ducninhdong', 'sai');
    await expect(attempt).rejects.toBeInstanceOf(SignInError);
    await expect(attempt).rejects.toMatchObject({ status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
  });

  it('surfaces validation errors with their fields', async () => {
    const { token } = await signIn(baseUrl, 'phuong.ducninhdong', 'Antq@2025');
    const api = createAntqClient({ baseUrl, token });
    const error = await api.wards.get.query({ wardId: 'abc' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({ httpStatus: 400, fieldErrors: { wardId: ['Mã phường/xã phải gồm 5 chữ số (mã GSO)'] } });
  });
});

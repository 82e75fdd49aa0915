import type { AddressInfo } from 'node:net';
import { createAntqClient, signIn, SignInError, TRPCClientError } from '@antq/client';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day, key } from '../support/ids.js';
import { createTestApi } from '../support/test-api.js';

// The ward client over real HTTP against the API on Node and DynamoDB Local.
let baseUrl: string;
let close: () => void;
let coordinator: ReturnType<Awaited<ReturnType<typeof createTestApi>>['callerAs']>;

beforeAll(async () => {
  const api = await createTestApi();
  coordinator = api.callerAs('dieuphoi.donghoi');
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

  it('a new officer signs in with the one-time password by setting a new one when asked', async () => {
    const { temporaryPassword } = await coordinator.accounts.create({ username: 'phuong.bacnghia', displayName: 'Lý Văn Nghĩa', role: 'ward_officer', tenantId: '450', wardId: '18877', phone: '0905123456' });
    await expect(signIn(baseUrl, 'phuong.bacnghia', temporaryPassword)).rejects.toMatchObject({ message: 'Mật khẩu này dùng một lần: cần đặt mật khẩu mới khi đăng nhập lần đầu.' });
    let asked = 0;
    const session = await signIn(baseUrl, 'phuong.bacnghia', temporaryPassword, fetch, async () => (asked++, 'Bac-Nghia-2026!'));
    expect(asked).toBe(1);
    expect(session.refreshToken).toBeTruthy();
    const wards = await createAntqClient({ baseUrl, token: session.token }).wards.list.query();
    expect(wards.map((w) => w.wardId)).toEqual(['18877']);
    await expect(signIn(baseUrl, 'phuong.bacnghia', 'Bac-Nghia-2026!')).resolves.toMatchObject({ token: expect.any(String) });
  });

  it('reports a wrong password with the Vietnamese message', async () => {
    const attempt = signIn(baseUrl, 'phuong.ducninhdong', 'sai');
    await expect(attempt).rejects.toBeInstanceOf(SignInError);
    await expect(attempt).rejects.toMatchObject({ status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
  });

  it('retries a mutation whose response was lost (injected fault) with the same idempotency key: it lands once', async () => {
    const api = await createTestApi();
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: api.app.fetch, port: 0 }, () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const coordinator = api.callerAs('dieuphoi.donghoi');
      const catalogue = (await coordinator.criteria.list())[0]!;
      const created = await coordinator.campaigns.create({ name: 'Thử mất phản hồi', catalogueId: catalogue.catalogueId, catalogueVersion: 1, periodStart: day(-1), periodEnd: day(100), planDeadline: day(10), assessmentDeadline: day(20), wardIds: ['18880'], idempotencyKey: key() });
      await coordinator.campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() });
      let lost = 0;
      // The first POST reaches the server and commits, then its answer is dropped, as on a flaky network.
      const flaky: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (init?.method === 'POST' && lost === 0) {
          lost++;
          throw new TypeError('fetch failed');
        }
        return res;
      };
      const { token } = await signIn(url, 'phuong.ducninhdong', 'Antq@2025');
      const client = createAntqClient({ baseUrl: url, token, fetch: flaky });
      const plan = await client.plans.save.mutate({ campaignId: created.campaignId, wardId: '18880', content: { legalReferences: [], activities: [], targets: [] }, expectedVersion: 0, idempotencyKey: key() });
      expect(lost).toBe(1);
      expect(plan).toMatchObject({ status: 'draft', version: 1 });
      const audits = await api.data.forTenant('450').query<{ action: string }>({ pk: 'D#450#AUDIT' });
      expect(audits.filter((a) => a.action === 'plan.save')).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  it('surfaces validation errors with their fields', async () => {
    const { token } = await signIn(baseUrl, 'phuong.ducninhdong', 'Antq@2025');
    const api = createAntqClient({ baseUrl, token });
    const error = await api.wards.get.query({ wardId: 'abc' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({ httpStatus: 400, fieldErrors: { wardId: ['Mã phường/xã phải gồm 5 chữ số (mã GSO)'] } });
  });
});

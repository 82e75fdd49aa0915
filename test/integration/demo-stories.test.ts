import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { createLogger, seedDemoStories } from '@antq/api/local';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/test-api.js';

// The demo stories `npm start` plays through the API, checked by the numbers the consoles show.
let api: TestApi;
const CAMPAIGN = 'Tự đánh giá phong trào Toàn dân bảo vệ ANTQ năm 2026';
const hongBangCoordinator = () =>
  api.callerFor({ sub: 'local:dieuphoi.hongbang', username: 'dieuphoi.hongbang', displayName: 'Vũ Thị Mai', roles: ['coordinator'], tenantId: '303', provinceId: '31' });

/** Every item in the test's table: a run that writes anything at all (even an audit entry) changes it. */
async function itemCount(): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await api.client.send(new ScanCommand({ TableName: api.tableName, Select: 'COUNT', ExclusiveStartKey: start as never }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

beforeAll(async () => {
  api = await createTestApi();
});

describe('the demo stories', () => {
  it('are seeded once: a second run writes nothing', async () => {
    const log = createLogger('silent');
    const started = Date.now();
    const first = await seedDemoStories(api.data, api.findDistrict, log);
    const firstMs = Date.now() - started;
    expect(Object.values(first).every((o) => !o.skipped && o.writes > 0)).toBe(true);
    const items = await itemCount();

    const again = Date.now();
    const second = await seedDemoStories(api.data, api.findDistrict, log);
    const secondMs = Date.now() - again;
    expect(Object.values(second).every((o) => o.skipped && o.writes === 0)).toBe(true);
    expect(await itemCount()).toBe(items);
    // Timings depend on the machine; they are reported, not asserted.
    console.info(`demo stories: first run ${firstMs} ms, second run ${secondMs} ms, ${items} items in the table`);
  }, 120_000);

  it("Kiến An's decision 215/QĐ-UBND: 12 collectives and 10 individuals for programme 09 (2023)", async () => {
    const kienAn = api.callerAs('dieuphoi.kienan');
    const tallies = await kienAn.awards.tallies({ year: 2023 });
    expect(tallies.byFormAndRecipientKind).toEqual({ 'giay-khen-chu-tich-ubnd-huyen|collective': 12, 'giay-khen-chu-tich-ubnd-huyen|individual': 10 });
    const [decision] = (await kienAn.awards.decisions.list()).filter((d) => d.fields.number === '215/QĐ-UBND');
    expect(decision?.fields).toMatchObject({ date: '2023-05-30', issuingBody: 'Ủy ban nhân dân quận Kiến An', place: 'Kiến An', authorityLevel: 'district' });
    const programme = (await kienAn.programmes.list()).find((p) => p.fields.documentNumber === '09/CTr-BCA-MTTW');
    const page = await kienAn.programmes.get({ programmeId: programme!.recordId });
    expect(page.conferences.map((c) => [c.date, c.fields.periodFromYear, c.fields.periodToYear])).toEqual([['2023-05-30', 2013, 2023]]);
    expect(tallies.bySubject).toEqual({ [`programme:${programme!.recordId}`]: 22 });
  });

  it("Thành phố Thanh Hóa 2019: Phường Đông Sơn's 6 collectives and 31 individuals, forum 3 received / 3 resolved", async () => {
    const city = api.callerAs('dieuphoi.thanhhoa');
    const tallies = await city.awards.tallies({ year: 2019 });
    expect(tallies.byFormAndRecipientKind).toEqual({ 'giay-khen-chu-tich-ubnd-xa|collective': 6, 'giay-khen-chu-tich-ubnd-xa|individual': 31 });
    expect(tallies.byWard).toEqual({ '14785': 37 });
    const ward = await api.callerAs('phuong.dongson').records.summary({ year: 2019 });
    expect(ward.wards['14785']).toMatchObject({ forums: 1, opinionsReceived: 3, opinionsResolved: 3, models: 1, conferences: 1 });
    const [model] = await api.callerAs('phuong.dongson').records.models.list({ year: 2019 });
    expect(model?.fields).toMatchObject({ name: 'Cải cách hành chính phục vụ nhân dân', startDate: '2019-08-28', regulation: { chapters: 6, articles: 19 } });
  });

  it('the Hải Phòng campaign dashboards have submitted plans and self-assessments', async () => {
    for (const [coordinator, plans, assessments] of [
      [api.callerAs('dieuphoi.kienan'), { approved: 2, submitted: 1, returned: 1 }, { approved: 1, submitted: 1 }],
      [hongBangCoordinator(), { approved: 3, submitted: 1, returned: 1 }, { approved: 1, submitted: 2 }],
    ] as const) {
      const campaign = (await coordinator.campaigns.list()).find((c) => c.name === CAMPAIGN);
      expect(campaign?.status).toBe('open');
      const { totals, summary } = await coordinator.campaigns.dashboard({ campaignId: campaign!.campaignId });
      expect(totals.plans).toMatchObject(plans);
      expect(totals.assessments).toMatchObject(assessments);
      const scores = Object.values(summary.wards).filter((w) => w.assessment.status !== 'not_started').map((w) => w.assessment.selfScore);
      expect(scores.length).toBe(assessments.approved + assessments.submitted);
    }
  });

  it("Đồng Hới: Đức Ninh Đông's plan rests on resolution 15-NQ/ĐU of 21/4/2023 and waits for no review", async () => {
    const ward = api.callerAs('phuong.ducninhdong');
    const campaign = (await ward.campaigns.list()).find((c) => c.name === CAMPAIGN);
    const { plan } = await ward.plans.get({ campaignId: campaign!.campaignId, wardId: '18880' });
    expect(plan.status).toBe('approved');
    expect(plan.content.legalReferences[0]).toMatchObject({ number: '15-NQ/ĐU', date: '2023-04-21' });
    const queue = await api.callerAs('dieuphoi.donghoi').reviews.queue();
    expect(queue.filter((i) => i.wardId === '18880')).toEqual([]);
  });

  it('Hải Phòng 2026 movement figures are not zero', async () => {
    const kienAn = await api.callerAs('dieuphoi.kienan').records.summary({ year: 2026 });
    expect(kienAn.totals).toMatchObject({ models: 1, commitments: 1, forums: 1, opinionsReceived: 4, opinionsResolved: 3, festivals: 1 });
    const hongBang = await hongBangCoordinator().records.summary({ year: 2026 });
    expect(hongBang.totals).toMatchObject({ models: 1, commitments: 1, forums: 1, opinionsReceived: 3, opinionsResolved: 2 });
  });
});

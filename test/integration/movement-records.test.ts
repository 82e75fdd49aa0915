import type { SessionUser } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureOf } from '../support/errors.js';
import { key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
const DONG_SON = '14785'; // Thành phố Thanh Hóa (380)
const coordinator380: SessionUser = { sub: 'local:dp380', username: 'dieuphoi.thanhhoa', displayName: 'ĐP', roles: ['coordinator'], tenantId: '380', provinceId: '38' };
const officer = (wardId: string): SessionUser => ({ sub: `local:w${wardId}`, username: `w${wardId}`, displayName: wardId, roles: ['ward_officer'], tenantId: '380', wardId, provinceId: '38' });
const district = () => api.callerFor(coordinator380);
const dongSon = () => api.callerFor(officer(DONG_SON));

beforeAll(async () => {
  api = await createTestApi();
  await api.callerAs('vanhanh').tenants.onboard({ districtCode: '380' });
});

describe('Phường Đông Sơn records its movement work', () => {
  let modelId: string;

  it('a model with its founding decision and regulation (6 chapters, 19 articles)', async () => {
    const model = await dongSon().records.models.save({
      fields: {
        name: 'Cải cách hành chính phục vụ nhân dân',
        kind: 'admin_reform',
        hostWardId: DONG_SON,
        startDate: '2019-08-28',
        status: 'active',
        foundingDecision: { type: 'decision', number: 'Số: 120/QĐ-UBND', issuer: 'UBND phường Đông Sơn', date: '2019-08-20' },
        regulation: { chapters: 6, articles: 19 },
      },
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    modelId = model.recordId;
    expect(model).toMatchObject({ version: 1, wardId: DONG_SON, fields: { regulation: { chapters: 6, articles: 19 } } });
  });

  it('a citizen forum whose "3 opinions received and remedied" is computed from the opinions', async () => {
    const opinions = ['Đèn đường hỏng', 'Tụ tập gây ồn ào', 'Thủ tục đăng ký cư trú'].map((text, i) => ({
      text,
      handling: 'accepted' as const,
      acceptedOn: '2019-08-28',
      remediedOn: `2019-09-0${i + 2}`,
    }));
    await dongSon().records.forums.save({ fields: { wardId: DONG_SON, title: 'Công an lắng nghe ý kiến nhân dân', date: '2019-08-28', place: 'Hội trường phường', attendance: 150, opinions }, expectedVersion: 0, idempotencyKey: key() });
    const figures = await district().records.summary({ year: 2019 });
    expect(figures.wards[DONG_SON]).toMatchObject({ forums: 1, opinionsReceived: 3, opinionsResolved: 3, models: 1, activeModels: 1 });
  });

  it('a commitment signing on 3 contents, with signatories by kind', async () => {
    await dongSon().records.commitments.save({
      fields: {
        wardId: DONG_SON,
        date: '2019-03-15',
        contents: ['Không để xảy ra tội phạm', 'Không có tệ nạn xã hội', 'Giữ gìn trật tự, vệ sinh'],
        signatories: [{ kind: 'department', count: 5 }, { kind: 'residential_group', count: 12 }, { kind: 'household', count: 1200 }],
      },
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    expect((await district().records.summary({ year: 2019 })).totals).toMatchObject({ commitments: 1, signatories: 1217 });
  });

  it('a model replicated from it shows where it spread', async () => {
    const other = '14782'; // Phường Đông Vệ
    const copy = await district().records.models.save({
      fields: { name: 'Cải cách hành chính phục vụ nhân dân', kind: 'admin_reform', hostWardId: other, startDate: '2020-03-01', status: 'active', replicatedFrom: modelId },
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    expect(copy.fields.replicatedFrom).toBe(modelId);
    // 2020 counts the copy and the 2019 original, still active: models of earlier years count while they last.
    expect((await district().records.summary({ year: 2020 })).totals).toMatchObject({ models: 2, activeModels: 2, replicatedModels: 1 });
  });

  it("the ward's timeline lists its records in date order", async () => {
    const timeline = await dongSon().records.timeline({ wardId: DONG_SON });
    expect(timeline.map((r) => [r.date, r.type])).toEqual([
      ['2019-03-15', 'commitment'],
      ['2019-08-28', 'forum'],
      ['2019-08-28', 'model'],
    ]);
  });
});

describe('rules', () => {
  it('a ward officer cannot record for another ward nor run a programme', async () => {
    const other = await failureOf(dongSon().records.forums.save({ fields: { wardId: '14782', title: 'x', date: '2023-01-01', place: 'x', attendance: 1, opinions: [] }, expectedVersion: 0, idempotencyKey: key() }));
    expect(other).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn chỉ được ghi nhận hoạt động của phường/xã mình.' });
    const programme = await failureOf(dongSon().programmes.save({ fields: { documentNumber: '09/CTr-BCA-MTTW', title: 'x', parties: [{ side: 'police', name: 'a' }, { side: 'front', name: 'b' }], nationalFromYear: 2013, nationalToYear: 2023 }, expectedVersion: 0, idempotencyKey: key() }));
    expect(programme.code).toBe('FORBIDDEN');
  });

  it('a ward of another district is refused, with the field', async () => {
    const r = await failureOf(district().records.forums.save({ fields: { wardId: '18880', title: 'x', date: '2023-01-01', place: 'x', attendance: 1, opinions: [] }, expectedVersion: 0, idempotencyKey: key() }));
    expect(r).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { fields: ['Phường/xã không thuộc quận/huyện: 18880'] } });
  });

  it('updates need the current version; moving a record to another year moves its figures', async () => {
    const forum = await dongSon().records.forums.save({ fields: { wardId: DONG_SON, title: 'Diễn đàn', date: '2021-05-01', place: 'x', attendance: 40, opinions: [{ text: 'a', handling: 'pending' }] }, expectedVersion: 0, idempotencyKey: key() });
    const stale = await failureOf(dongSon().records.forums.save({ recordId: forum.recordId, fields: { ...forum.fields, attendance: 41 }, expectedVersion: 0, idempotencyKey: key() }));
    expect(stale).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    await dongSon().records.forums.save({ recordId: forum.recordId, fields: { ...forum.fields, date: '2022-05-01' }, expectedVersion: 1, idempotencyKey: key() });
    expect((await district().records.summary({ year: 2021 })).totals.forums).toBe(0);
    expect((await district().records.summary({ year: 2022 })).totals).toMatchObject({ forums: 1, opinionsReceived: 1, opinionsResolved: 0 });
  });

  it('a retried save lands once', async () => {
    const input = { fields: { wardId: DONG_SON, date: '2024-01-10', contents: ['Nội dung'], signatories: [{ kind: 'household' as const, count: 10 }] }, expectedVersion: 0, idempotencyKey: key() };
    const first = await dongSon().records.commitments.save(input);
    expect(await dongSon().records.commitments.save(input)).toEqual(first);
    expect((await district().records.commitments.list({ year: 2024 })).length).toBe(1);
  });
});

describe('Quận Kiến An runs programme 09/CTr-BCA-MTTW', () => {
  const kienAn = () => api.callerAs('dieuphoi.kienan');

  it('records the programme, activities, a joint report and its 10-year review; the programme page shows them', async () => {
    const programme = await kienAn().programmes.save({
      fields: {
        documentNumber: '09/CTr-BCA-MTTW',
        title: 'Chương trình phối hợp giữa Bộ Công an và Ủy ban Trung ương MTTQ Việt Nam',
        parties: [{ side: 'police', name: 'Công an quận Kiến An' }, { side: 'front', name: 'Ủy ban MTTQ quận Kiến An' }, { side: 'member_organisation', name: 'Hội Liên hiệp Phụ nữ quận' }],
        nationalFromYear: 2013,
        nationalToYear: 2023,
        districtPlan: { type: 'plan', number: 'Số: 15/KHPH-CA-MTTQ', issuer: 'Công an quận - Ủy ban MTTQ quận Kiến An', date: '2013-06-01' },
      },
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    const programmeId = programme.recordId;
    await kienAn().programmes.saveActivity({ programmeId, fields: { title: 'Tuyên truyền phòng chống tội phạm', responsibleSide: 'front', memberOrganisation: 'Hội Liên hiệp Phụ nữ quận', wardIds: ['11449', '11434'], dueDate: '2023-03-31', status: 'done', doneOn: '2023-03-20' }, expectedVersion: 0, idempotencyKey: key() });
    await kienAn().programmes.saveActivity({ programmeId, fields: { title: 'Xây dựng mô hình tự quản', responsibleSide: 'police', wardIds: ['11449'], dueDate: '2023-09-30', status: 'planned' }, expectedVersion: 0, idempotencyKey: key() });
    await kienAn().programmes.saveReport({ programmeId, fields: { side: 'police', periodLabel: '6 tháng đầu năm 2023', date: '2023-05-15', summary: 'Kết quả phối hợp 6 tháng' }, expectedVersion: 0, idempotencyKey: key() });
    await kienAn().records.conferences.save({
      fields: { kind: 'final', title: 'Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW', periodFromYear: 2013, periodToYear: 2023, subject: { type: 'programme', refId: programmeId }, date: '2023-05-30', participants: 150 },
      expectedVersion: 0,
      idempotencyKey: key(),
    });
    const page = await kienAn().programmes.get({ programmeId });
    expect(page.programme.fields.documentNumber).toBe('09/CTr-BCA-MTTW');
    expect(page.activities).toHaveLength(2);
    expect(page.reports).toHaveLength(1);
    expect(page.conferences.map((c) => c.fields.title)).toEqual(['Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW']);
    const figures = await kienAn().records.summary({ year: 2023 });
    expect(figures.totals).toMatchObject({ activitiesTotal: 2, activitiesDone: 1, reports: 1, conferences: 1 });
    expect(figures.wards['11449']).toMatchObject({ activitiesTotal: 2, activitiesDone: 1 });
  });

  it('the kept summaries equal the ones rebuilt from the records', async () => {
    for (const caller of [kienAn(), district()]) {
      const before = await Promise.all([2019, 2020, 2021, 2022, 2023, 2024].map((year) => caller.records.summary({ year })));
      await caller.records.rebuildSummaries();
      const after = await Promise.all([2019, 2020, 2021, 2022, 2023, 2024].map((year) => caller.records.summary({ year })));
      expect(after).toEqual(before);
    }
  });
});

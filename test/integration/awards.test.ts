import type { NominationFields } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureOf } from '../support/errors.js';
import { key } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

let api: TestApi;
const kienAn = () => api.callerAs('dieuphoi.kienan');
const GIAY_KHEN = 'giay-khen-chu-tich-ubnd-huyen';
const MEDAL = 'ky-niem-chuong-bao-ve-antq';
const programme09 = { type: 'programme' as const, label: 'Chương trình phối hợp số 09/CTr-BCA-MTTW', fromYear: 2013, toYear: 2023 };
const decisionBase = {
  authorityLevel: 'district' as const,
  issuingBody: 'UBND quận Kiến An',
  number: 'Số: 1234/QĐ-UBND',
  date: '2023-05-30',
  place: 'Kiến An',
  signer: { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
};

async function acceptedNomination(fields: NominationFields): Promise<string> {
  const n = await kienAn().awards.nominations.save({ fields, expectedVersion: 0, idempotencyKey: key() });
  const submitted = await kienAn().awards.nominations.act({ nominationId: n.nominationId, action: 'submit', expectedVersion: n.version, idempotencyKey: key() });
  await kienAn().awards.nominations.act({ nominationId: n.nominationId, action: 'accept', expectedVersion: submitted.version, idempotencyKey: key() });
  return n.nominationId;
}

const collective = (i: number): NominationFields => ({
  recipient: { kind: 'collective', name: `Tập thể số ${i}` },
  achievement: { summary: 'Thành tích 10 năm thực hiện chương trình 09', subject: programme09 },
  proposedFormCode: GIAY_KHEN,
  attachments: [],
});
const individual = (i: number): NominationFields => ({
  recipient: { kind: 'individual', name: `Cá nhân số ${i}`, unit: 'Công an quận Kiến An', birthYear: 1975 + i },
  achievement: { summary: 'Thành tích 10 năm thực hiện chương trình 09', subject: programme09 },
  proposedFormCode: GIAY_KHEN,
  attachments: [],
});

beforeAll(async () => {
  api = await createTestApi();
});

describe("Quận Kiến An's awards for programme 09 (30/5/2023)", () => {
  let decisionId: string;
  let version: number;

  it('12 collectives and 10 individuals given the district Giấy khen, tallied in one click', async () => {
    const ids = [];
    for (let i = 1; i <= 12; i++) ids.push(await acceptedNomination(collective(i)));
    for (let i = 1; i <= 10; i++) ids.push(await acceptedNomination(individual(i)));
    const decision = await kienAn().awards.decisions.create({
      fields: { ...decisionBase, lines: ids.map((nominationId) => ({ nominationId, formCode: GIAY_KHEN })) },
      idempotencyKey: key(),
    });
    decisionId = decision.decisionId;
    version = decision.version;
    expect(decision.fields.number).toBe('Số: 1234/QĐ-UBND');
    expect(decision.lines).toHaveLength(22);
    const tallies = await kienAn().awards.tallies({ year: 2023 });
    expect(tallies.byFormAndRecipientKind).toEqual({ [`${GIAY_KHEN}|collective`]: 12, [`${GIAY_KHEN}|individual`]: 10 });
    expect(tallies.byLevel).toEqual({ district: 22 });
    expect(tallies.entries[0]).toMatchObject({ subjectType: 'programme', subjectLabel: programme09.label });
    const awarded = await kienAn().awards.nominations.get({ nominationId: ids[0]! });
    expect(awarded).toMatchObject({ status: 'awarded', decision: { decisionId, number: 'Số: 1234/QĐ-UBND', date: '2023-05-30' } });
  });

  it('refuses to reward the same achievement again, with any form', async () => {
    const again = await failureOf(kienAn().awards.nominations.save({ fields: { ...collective(1), proposedFormCode: 'bang-khen-chu-tich-ubnd-tinh' }, expectedVersion: 0, idempotencyKey: key() }));
    expect(again.code).toBe('BAD_REQUEST');
    expect(again.fieldErrors?.['fields.achievement']).toEqual(['Thành tích này đã được khen thưởng: một thành tích không khen nhiều lần hoặc nhiều hình thức']);
  });

  it('a revocation keeps the history, lowers the tally and frees the achievement', async () => {
    const decision = await kienAn().awards.decisions.revoke({
      decisionId,
      outcomeId: `${decisionId}-1`,
      revokedBy: { number: 'Số: 2000/QĐ-UBND', date: '2023-09-01', issuingBody: 'UBND quận Kiến An', reason: 'Hồ sơ không đúng' },
      expectedVersion: version,
      idempotencyKey: key(),
    });
    expect(decision.lines[0]!.revoked).toMatchObject({ number: 'Số: 2000/QĐ-UBND' });
    expect((await kienAn().awards.tallies({ year: 2023 })).byFormAndRecipientKind[`${GIAY_KHEN}|collective`]).toBe(11);
    const renominated = await kienAn().awards.nominations.save({ fields: collective(1), expectedVersion: 0, idempotencyKey: key() });
    expect(renominated.status).toBe('draft');
  });
});

describe('award rules', () => {
  it('the commemorative medal is given once per person', async () => {
    const person = { kind: 'individual' as const, name: 'Trần Văn Bình', unit: 'Công an phường Bắc Sơn', birthYear: 1970 };
    const first = await acceptedNomination({ recipient: person, achievement: { summary: 'Nhiều năm đóng góp', subject: { type: 'period', label: 'Giai đoạn 2007–2022', fromYear: 2007, toYear: 2022 } }, proposedFormCode: MEDAL, attachments: [] });
    await kienAn().awards.decisions.create({ fields: { ...decisionBase, authorityLevel: 'ministry', issuingBody: 'Bộ Công an', number: 'Số: 77/QĐ-BCA', lines: [{ nominationId: first, formCode: MEDAL }] }, idempotencyKey: key() });
    const second = await failureOf(
      kienAn().awards.nominations.save({ fields: { recipient: { ...person, name: 'TRẦN VĂN BÌNH' }, achievement: { summary: 'Khác', subject: { type: 'period', label: 'Giai đoạn 2023', fromYear: 2023, toYear: 2023 } }, proposedFormCode: MEDAL, attachments: [] }, expectedVersion: 0, idempotencyKey: key() }),
    );
    expect(second.fieldErrors?.['fields.recipient']).toEqual(['Người này đã được tặng “Kỷ niệm chương "Bảo vệ an ninh Tổ quốc"” (chỉ tặng một lần)']);
  });

  it('a form is not issued after its end date, nor by an authority that does not issue it, and nothing is written', async () => {
    const id = await acceptedNomination({ ...collective(99), achievement: { summary: 'x', subject: { ...programme09, fromYear: 2024, toYear: 2025 } } });
    const late = await failureOf(kienAn().awards.decisions.create({ fields: { ...decisionBase, date: '2025-07-01', lines: [{ nominationId: id, formCode: GIAY_KHEN }] }, idempotencyKey: key() }));
    expect(late.fieldErrors?.['fields.lines.0.formCode']).toEqual(['“Giấy khen của Chủ tịch UBND quận/huyện” không còn được ban hành sau ngày 30/06/2025']);
    const wrong = await failureOf(kienAn().awards.decisions.create({ fields: { ...decisionBase, authorityLevel: 'ward', lines: [{ nominationId: id, formCode: GIAY_KHEN }] }, idempotencyKey: key() }));
    expect(wrong.fieldErrors?.['fields.lines.0.formCode']?.[0]).toMatch(/không thuộc thẩm quyền cấp xã/);
    expect((await kienAn().awards.nominations.get({ nominationId: id })).status).toBe('accepted');
  });

  it('a ward officer nominates for their ward only and cannot decide', async () => {
    const ward = api.callerAs('phuong.ducninhdong');
    const other = await failureOf(ward.awards.nominations.save({ fields: { ...collective(5), wardId: '18853' }, expectedVersion: 0, idempotencyKey: key() }));
    expect(other.code).toBe('FORBIDDEN');
    const own = await ward.awards.nominations.save({ fields: { ...collective(5), wardId: '18880', recipient: { kind: 'collective', name: 'Tổ dân phố 3' } }, expectedVersion: 0, idempotencyKey: key() });
    expect(own.status).toBe('draft');
    expect((await failureOf(ward.awards.nominations.act({ nominationId: own.nominationId, action: 'accept', expectedVersion: 1, idempotencyKey: key() }))).code).toBe('FORBIDDEN');
  });
});

describe("Phường Đông Sơn's awards of 28/8/2019, entered by the district", () => {
  const thanhHoa = () => api.callerAs('dieuphoi.thanhhoa');
  const WARD_GIAY_KHEN = 'giay-khen-chu-tich-ubnd-xa';
  const review = { type: 'period' as const, label: 'Tổng kết 10 năm 2009–2019', fromYear: 2009, toYear: 2019 };

  async function accepted(fields: NominationFields): Promise<string> {
    const n = await thanhHoa().awards.nominations.save({ fields, expectedVersion: 0, idempotencyKey: key() });
    const s = await thanhHoa().awards.nominations.act({ nominationId: n.nominationId, action: 'submit', expectedVersion: n.version, idempotencyKey: key() });
    await thanhHoa().awards.nominations.act({ nominationId: n.nominationId, action: 'accept', expectedVersion: s.version, idempotencyKey: key() });
    return n.nominationId;
  }

  it('6 collectives and 31 individuals in one decision of the ward chair, named in the tallies and the history', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) {
      ids.push(await accepted({ wardId: '14785', recipient: { kind: 'collective', name: `Khu phố ${i}` }, achievement: { summary: 'Tổng kết 10 năm', subject: review }, proposedFormCode: WARD_GIAY_KHEN, attachments: [] }));
    }
    for (let i = 1; i <= 31; i++) {
      ids.push(
        await accepted({ wardId: '14785', recipient: { kind: 'individual', name: `Công dân ${i}`, unit: 'Phường Đông Sơn', birthYear: 1960 + i }, achievement: { summary: 'Tổng kết 10 năm', subject: review }, proposedFormCode: WARD_GIAY_KHEN, attachments: [] }),
      );
    }
    const decision = await thanhHoa().awards.decisions.create({
      fields: { authorityLevel: 'ward', issuingBody: 'Ủy ban nhân dân phường Đông Sơn', number: '85/QĐ-UBND', date: '2019-08-28', place: 'Đông Sơn', signer: { name: 'Lê Văn Hùng', title: 'Chủ tịch' }, lines: ids.map((nominationId) => ({ nominationId, formCode: WARD_GIAY_KHEN })) },
      idempotencyKey: key(),
    });
    expect(decision.lines).toHaveLength(37);
    expect((await thanhHoa().awards.decisions.get({ decisionId: decision.decisionId })).fields.number).toBe('85/QĐ-UBND');
    const tallies = await thanhHoa().awards.tallies({ year: 2019 });
    expect(tallies.byFormAndRecipientKind).toEqual({ [`${WARD_GIAY_KHEN}|collective`]: 6, [`${WARD_GIAY_KHEN}|individual`]: 31 });
    expect(tallies.byWard).toEqual({ '14785': 37 });
    expect(tallies.entries.filter((e) => e.recipientKind === 'collective').map((e) => e.recipientName).sort()).toEqual(['Khu phố 1', 'Khu phố 2', 'Khu phố 3', 'Khu phố 4', 'Khu phố 5', 'Khu phố 6']);
    expect(tallies.entries.every((e) => e.decisionId === decision.decisionId)).toBe(true);
  });

  it('a collective rewarded in several years leads the history ("nhiều năm liền")', async () => {
    for (const year of [2020, 2021, 2022]) {
      const id = await accepted({ recipient: { kind: 'collective', name: 'Khu phố 1' }, achievement: { summary: `Dẫn đầu phong trào năm ${year}`, subject: { type: 'period', label: `Năm ${year}`, fromYear: year, toYear: year } }, proposedFormCode: WARD_GIAY_KHEN, attachments: [] });
      await thanhHoa().awards.decisions.create({
        fields: { authorityLevel: 'ward', issuingBody: 'Ủy ban nhân dân phường Đông Sơn', number: `${year}/QĐ-UBND`, date: `${year}-12-20`, place: 'Đông Sơn', signer: { name: 'Lê Văn Hùng', title: 'Chủ tịch' }, lines: [{ nominationId: id, formCode: WARD_GIAY_KHEN }] },
        idempotencyKey: key(),
      });
    }
    const history = await thanhHoa().awards.history({ fromYear: 2015, toYear: 2024 });
    expect(history[0]).toMatchObject({ recipientName: 'Khu phố 1', recipientKind: 'collective' });
    expect(history[0]!.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
    expect(history).toHaveLength(37);
    const bad = await failureOf(thanhHoa().awards.history({ fromYear: 2020, toYear: 2010 }));
    expect(bad.code).toBe('BAD_REQUEST');
  });

  it('a decision too large for one transaction is refused with a message, and writes nothing', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 50; i++) {
      ids.push(await accepted({ recipient: { kind: 'individual', name: `Người ${i}`, unit: 'Tổ dân phố 9', birthYear: 1950 + i }, achievement: { summary: 'x', subject: { type: 'period', label: 'Năm 2023', fromYear: 2023, toYear: 2023 } }, proposedFormCode: WARD_GIAY_KHEN, attachments: [] }));
    }
    const big = await failureOf(
      thanhHoa().awards.decisions.create({
        fields: { authorityLevel: 'ward', issuingBody: 'Ủy ban nhân dân phường Đông Sơn', number: '1/QĐ-UBND', date: '2023-12-20', place: 'Đông Sơn', signer: { name: 'Lê Văn Hùng', title: 'Chủ tịch' }, lines: ids.map((nominationId) => ({ nominationId, formCode: WARD_GIAY_KHEN })) },
        idempotencyKey: key(),
      }),
    );
    expect(big.fieldErrors?.['fields.lines']?.[0]).toMatch(/Quyết định có 50 dòng/);
    expect((await thanhHoa().awards.tallies({ year: 2023 })).total).toBe(0);
  });
});

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
    expect(again.fieldErrors?.['fields.achievement']).toEqual(['Tập thể số 1: thành tích này đã được khen thưởng theo Quyết định số 1234/QĐ-UBND ngày 30/05/2023; một thành tích không khen nhiều lần hoặc nhiều hình thức']);
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
    expect(second.fieldErrors?.['fields.recipient']).toEqual(['Ông/bà Trần Văn Bình đã được tặng Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" theo Quyết định số 77/QĐ-BCA ngày 30/05/2023 (chỉ tặng một lần)']);
  });

  const medalDecision = (number: string, nominationId: string) => ({
    fields: { ...decisionBase, authorityLevel: 'ministry' as const, issuingBody: 'Bộ Công an', number, date: '2022-08-15', place: 'Hà Nội', lines: [{ nominationId, formCode: MEDAL }] },
    idempotencyKey: key(),
  });
  const medalNomination = (recipient: NominationFields['recipient'], period: number, confirm?: boolean): NominationFields => ({
    recipient,
    achievement: { summary: 'Đóng góp cho phong trào', subject: { type: 'period', label: `Giai đoạn ${period}`, fromYear: period, toYear: period } },
    proposedFormCode: MEDAL,
    attachments: [],
    ...(confirm !== undefined && { confirmPossibleDuplicate: confirm }),
  });

  it('a medal nomination accepted before the same person was medalled gets the rule message on its line, on the first try', async () => {
    // Phường 1, Thị xã Quảng Trị, 15/8/2022: the medal to an individual already nominated again for another period.
    const person = { kind: 'individual' as const, name: 'Nguyễn Thị Hoa', unit: 'Công an phường 1', birthYear: 1972 };
    const first = await acceptedNomination(medalNomination(person, 2007));
    const again = await acceptedNomination(medalNomination(person, 2022));
    await kienAn().awards.decisions.create(medalDecision('Số: 1520/QĐ-BCA', first));
    const refused = await failureOf(kienAn().awards.decisions.create(medalDecision('Số: 1600/QĐ-BCA', again)));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.fieldErrors?.['fields.lines.0']).toEqual(['Ông/bà Nguyễn Thị Hoa đã được tặng Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" theo Quyết định số 1520/QĐ-BCA ngày 15/08/2022 (chỉ tặng một lần)']);
    // Retrying answers the same rule, never "Dữ liệu đã được người khác thay đổi".
    expect(await failureOf(kienAn().awards.decisions.create(medalDecision('Số: 1600/QĐ-BCA', again)))).toEqual(refused);
    expect((await kienAn().awards.nominations.get({ nominationId: again })).status).toBe('accepted');
  });

  it('of two concurrent medal decisions for one person, the loser gets the rule message too', async () => {
    for (const [i, name] of ['Lê Văn Tâm', 'Phạm Văn Đức', 'Hồ Thị Lý'].entries()) {
      const person = { kind: 'individual' as const, name, unit: 'Công an phường 1', birthYear: 1960 + i };
      const a = await acceptedNomination(medalNomination(person, 2010));
      const b = await acceptedNomination(medalNomination(person, 2015));
      const results = await Promise.allSettled([kienAn().awards.decisions.create(medalDecision(`Số: ${i}01/QĐ-BCA`, a)), kienAn().awards.decisions.create(medalDecision(`Số: ${i}02/QĐ-BCA`, b))]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ fields: { number: string } }>).value.fields.number.replace('Số: ', '');
      const loser = await failureOf(Promise.reject((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason));
      expect(loser.code).toBe('BAD_REQUEST');
      expect(loser.fieldErrors?.['fields.lines.0']).toEqual([`Ông/bà ${name} đã được tặng Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" theo Quyết định số ${winner} ngày 15/08/2022 (chỉ tặng một lần)`]);
    }
  });

  it('a medal nominee without a birth year, with the name and unit of a medalled person, is flagged until confirmed or told apart', async () => {
    const medalled = { kind: 'individual' as const, name: 'Võ Văn Sơn', unit: 'Công an phường 1', birthYear: 1968 };
    await kienAn().awards.decisions.create(medalDecision('Số: 1700/QĐ-BCA', await acceptedNomination(medalNomination(medalled, 2012))));
    const noBirthYear = { kind: 'individual' as const, name: 'VÕ VĂN  SƠN', unit: 'công an phường 1' };
    const flagged = await failureOf(kienAn().awards.nominations.save({ fields: medalNomination(noBirthYear, 2022), expectedVersion: 0, idempotencyKey: key() }));
    expect(flagged.code).toBe('BAD_REQUEST');
    expect(flagged.fieldErrors?.['fields.recipient.birthYear']).toEqual([
      'Có thể trùng người: ông/bà Võ Văn Sơn (Công an phường 1, sinh năm 1968) đã được tặng Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" theo Quyết định số 1700/QĐ-BCA ngày 15/08/2022. Hãy nhập năm sinh để phân biệt, hoặc xác nhận đây là người khác.',
    ]);
    // Another birth year tells them apart; so does a confirmation, which the nomination keeps.
    expect((await kienAn().awards.nominations.save({ fields: medalNomination({ ...noBirthYear, birthYear: 1990 }, 2022), expectedVersion: 0, idempotencyKey: key() })).status).toBe('draft');
    const confirmed = await kienAn().awards.nominations.save({ fields: medalNomination(noBirthYear, 2021, true), expectedVersion: 0, idempotencyKey: key() });
    expect(confirmed.fields.confirmPossibleDuplicate).toBe(true);

    // The other way round: medalled without a birth year, nominated again with one.
    await kienAn().awards.decisions.create(medalDecision('Số: 1800/QĐ-BCA', await acceptedNomination(medalNomination({ kind: 'individual', name: 'Đinh Thị Mơ', unit: 'Hội Phụ nữ phường 1' }, 2012))));
    const reverse = await failureOf(kienAn().awards.nominations.save({ fields: medalNomination({ kind: 'individual', name: 'Đinh Thị Mơ', unit: 'Hội Phụ nữ phường 1', birthYear: 1970 }, 2022), expectedVersion: 0, idempotencyKey: key() }));
    expect(reverse.fieldErrors?.['fields.recipient.birthYear']?.[0]).toMatch(/^Có thể trùng người: ông\/bà Đinh Thị Mơ \(Hội Phụ nữ phường 1, không ghi năm sinh\)/);
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

import { appRouter } from '@antq/api/local';
import { partitions } from '@antq/db';
import type { NominationFields, PlanContent, SessionUser } from '@antq/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue } from '../fixtures/catalogues.js';
import { failureOf } from '../support/errors.js';
import { day, key, unusedId } from '../support/ids.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

/**
 * Every write to an existing record checks the stored record's owner before anything else, and
 * an idempotent replay is answered only to the caller who made the first request. Thành phố Đồng
 * Hới (450): the target ward is Phường Hải Thành (18853), the intruder the officer of Phường Đức
 * Ninh Đông (18880); the foreign tenant's coordinator is Kiến An's (307).
 */
let api: TestApi;
const TARGET_WARD = '18853';
const OWN_WARD = '18880';
const officerOf = (wardId: string, n = 1): SessionUser => ({
  sub: `local:phuong.${wardId}.${n}`,
  username: `phuong.${wardId}.${n}`,
  displayName: `Cán bộ phường ${wardId}`,
  roles: ['ward_officer'],
  tenantId: '450',
  wardId,
});
const coordinator = () => api.callerAs('dieuphoi.donghoi');
const owner = () => api.callerFor(officerOf(TARGET_WARD));
const intruder = () => api.callerAs('phuong.ducninhdong');
const foreignCoordinator = () => api.callerAs('dieuphoi.kienan');

const GIAY_KHEN = 'giay-khen-chu-tich-ubnd-huyen';
const nomination = (wardId: string | undefined, name: string): NominationFields => ({
  ...(wardId && { wardId }),
  recipient: { kind: 'collective', name },
  achievement: { summary: 'Thành tích xuất sắc trong phong trào năm 2023', subject: { type: 'period', label: 'Năm 2023', fromYear: 2023, toYear: 2023 } },
  proposedFormCode: GIAY_KHEN,
  attachments: [],
});
const forum = (wardId: string) => ({ wardId, title: 'Công an lắng nghe ý kiến nhân dân', date: '2023-08-19', place: 'Hội trường', attendance: 80, opinions: [] });
const planContent: PlanContent = {
  legalReferences: [{ type: 'resolution', number: '15-NQ/ĐU', issuer: 'Đảng ủy phường', date: '2023-04-21', title: 'Nghị quyết về phong trào năm 2023' }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [] },
  activities: [{ title: 'Ký cam kết', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' }],
  budget: { amountVnd: 10_000_000, source: 'Ngân sách phường' },
  targets: [],
};
const entries = ['1.1', '1.2', '2.1'].map((criterionCode) => ({ criterionCode, value: { status: 'met' as const }, evidence: 'Biên bản' })).concat([{ criterionCode: '2.2', value: { points: 8 } as never, evidence: 'Danh sách' }]);

const audits = async (tenantId: string) => (await api.data.forTenant(tenantId).query({ pk: partitions.auditOf(tenantId) })).length;

beforeAll(async () => {
  api = await createTestApi();
});

describe('a ward officer cannot rewrite another ward’s award nomination', () => {
  it('is answered 404 like a missing nomination, whatever the version, and nothing changes', async () => {
    const theirs = await owner().awards.nominations.save({ fields: nomination(TARGET_WARD, 'Tổ dân phố 3 phường Hải Thành'), expectedVersion: 0, idempotencyKey: key() });
    const attack = (expectedVersion: number) =>
      failureOf(intruder().awards.nominations.save({ nominationId: theirs.nominationId, fields: nomination(OWN_WARD, 'Người của kẻ tấn công'), expectedVersion, idempotencyKey: key() }));
    const missing = await failureOf(intruder().awards.nominations.save({ nominationId: unusedId(), fields: nomination(OWN_WARD, 'x'), expectedVersion: 1, idempotencyKey: key() }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề nghị khen thưởng.' });
    expect(await attack(1)).toEqual(missing);
    expect(await attack(5)).toEqual(missing); // a wrong version no longer tells the current one
    const stored = await coordinator().awards.nominations.get({ nominationId: theirs.nominationId });
    expect(stored).toMatchObject({ version: 1, fields: { wardId: TARGET_WARD, recipient: { name: 'Tổ dân phố 3 phường Hải Thành' } } });
  });

  it('cannot take over a district-level nomination (no ward) either', async () => {
    const district = await coordinator().awards.nominations.save({ fields: nomination(undefined, 'Công an thành phố Đồng Hới'), expectedVersion: 0, idempotencyKey: key() });
    const attack = await failureOf(
      intruder().awards.nominations.save({ nominationId: district.nominationId, fields: nomination(OWN_WARD, 'Người của kẻ tấn công'), expectedVersion: 1, idempotencyKey: key() }),
    );
    expect(attack).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy đề nghị khen thưởng.' });
    expect(await coordinator().awards.nominations.get({ nominationId: district.nominationId })).toMatchObject({ version: 1, fields: { recipient: { name: 'Công an thành phố Đồng Hới' } } });
    expect((await coordinator().awards.nominations.get({ nominationId: district.nominationId })).fields.wardId).toBeUndefined();
  });
});

describe('an idempotent replay is answered only to the caller who made the request', () => {
  it("another ward sending ward A's forum with A's key is refused, not given A's record", async () => {
    const k = key();
    const body = { fields: forum(OWN_WARD), expectedVersion: 0 };
    const created = await intruder().records.forums.save({ ...body, idempotencyKey: k });
    const other = () => api.callerFor(officerOf(TARGET_WARD));
    const withNewKey = await failureOf(other().records.forums.save({ ...body, idempotencyKey: key() }));
    const withSameKey = await failureOf(other().records.forums.save({ ...body, idempotencyKey: k }));
    expect(withNewKey).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn chỉ được ghi nhận hoạt động của phường/xã mình.' });
    expect(withSameKey).toEqual(withNewKey);
    // The caller who made it still gets its first answer back, and nothing is written twice.
    expect(await intruder().records.forums.save({ ...body, idempotencyKey: k })).toEqual(created);
    expect((await coordinator().records.forums.list({ wardId: OWN_WARD })).filter((f) => f.recordId === created.recordId)).toHaveLength(1);
  });

  it("a ward's own request with another caller's key is refused as a different request", async () => {
    const k = key();
    await intruder().records.forums.save({ fields: forum(OWN_WARD), expectedVersion: 0, idempotencyKey: k });
    const second = await failureOf(owner().records.forums.save({ fields: forum(TARGET_WARD), expectedVersion: 0, idempotencyKey: k }));
    expect(second.code).toBe('UNPROCESSABLE_CONTENT');
    expect((await coordinator().records.forums.list({ wardId: TARGET_WARD })).filter((f) => f.date === '2023-08-19')).toHaveLength(0);
  });

  it("a coordinator's accept replayed by a ward officer is refused without the recipient's name", async () => {
    const n = await intruder().awards.nominations.save({ fields: nomination(OWN_WARD, 'Bà Nguyễn Thị Bí Mật'), expectedVersion: 0, idempotencyKey: key() });
    const submitted = await intruder().awards.nominations.act({ nominationId: n.nominationId, action: 'submit', expectedVersion: 1, idempotencyKey: key() });
    const accept = { nominationId: n.nominationId, action: 'accept' as const, expectedVersion: submitted.version, idempotencyKey: key() };
    const accepted = await coordinator().awards.nominations.act(accept);
    expect(accepted.status).toBe('accepted');
    const replay = await failureOf(intruder().awards.nominations.act(accept));
    expect(replay).toMatchObject({ code: 'FORBIDDEN', message: 'Chỉ cán bộ điều phối cấp quận/huyện được xét đề nghị.' });
    expect(JSON.stringify(replay)).not.toContain('Bí Mật');
    // Another coordinator of the same district with the same key is a different caller: refused, not replayed.
    const colleague = api.callerFor({ ...api.sessionUser('dieuphoi.donghoi'), sub: 'local:dieuphoi.donghoi.2', username: 'dieuphoi.donghoi.2' });
    expect((await failureOf(colleague.awards.nominations.act(accept))).code).toBe('UNPROCESSABLE_CONTENT');
    expect(await coordinator().awards.nominations.act(accept)).toEqual(accepted);
  });
});

/** The records every table row below attacks, created by their owners. */
interface Target {
  id: string;
  version: number;
}
interface Fixtures {
  catalogue: Target;
  draftCampaign: Target & { fields: Record<string, unknown> };
  openCampaign: Target;
  plan: Target;
  assessment: Target;
  model: Target;
  commitment: Target;
  forum: Target;
  conference: Target;
  programme: Target;
  activity: Target;
  report: Target;
  draftNomination: Target;
  submittedNomination: Target;
  acceptedNomination: Target;
  decision: Target;
  account: Target;
}

async function createFixtures(): Promise<Fixtures> {
  const c = coordinator();
  const catalogue = await c.criteria.import({ content: smallCatalogue, publish: true, idempotencyKey: key() });
  const campaignFields = {
    name: 'Chiến dịch thử quyền truy cập',
    catalogueId: catalogue.catalogueId,
    catalogueVersion: 1,
    periodStart: day(-30),
    periodEnd: day(300),
    planDeadline: day(30),
    assessmentDeadline: day(200),
    wardIds: [TARGET_WARD, OWN_WARD],
  };
  const draftCampaign = await c.campaigns.create({ ...campaignFields, idempotencyKey: key() });
  const open = await c.campaigns.create({ ...campaignFields, name: 'Chiến dịch đang mở', idempotencyKey: key() });
  await c.campaigns.act({ campaignId: open.campaignId, action: 'open', expectedVersion: open.version, idempotencyKey: key() });
  const at = { campaignId: open.campaignId, wardId: TARGET_WARD };
  const plan = await owner().plans.submit({ ...at, content: planContent, expectedVersion: 0, idempotencyKey: key() });
  const assessment = await owner().assessments.submit({ ...at, entries, expectedVersion: 0, idempotencyKey: key() });
  const create = { expectedVersion: 0 };
  const model = await owner().records.models.save({
    fields: { name: 'Tổ tự quản an ninh trật tự', kind: 'self_management', hostWardId: TARGET_WARD, startDate: '2023-03-01', status: 'active' },
    ...create,
    idempotencyKey: key(),
  });
  const commitment = await owner().records.commitments.save({
    fields: { wardId: TARGET_WARD, date: '2023-03-15', contents: ['Không để xảy ra tội phạm'], signatories: [{ kind: 'household', count: 900 }] },
    ...create,
    idempotencyKey: key(),
  });
  const forumRecord = await owner().records.forums.save({ fields: forum(TARGET_WARD), ...create, idempotencyKey: key() });
  const conference = await owner().records.conferences.save({
    fields: { kind: 'festival', title: 'Ngày hội toàn dân bảo vệ ANTQ', wardId: TARGET_WARD, periodFromYear: 2023, periodToYear: 2023, subject: { type: 'movement' }, date: '2023-08-19', participants: 300 },
    ...create,
    idempotencyKey: key(),
  } as never);
  const programme = await c.programmes.save({
    fields: { documentNumber: '09/CTr-BCA-MTTW', title: 'Chương trình phối hợp', parties: [{ side: 'police', name: 'Công an thành phố' }, { side: 'front', name: 'Ủy ban MTTQ thành phố' }], nationalFromYear: 2013, nationalToYear: 2023 },
    ...create,
    idempotencyKey: key(),
  });
  const programmeId = programme.recordId;
  const activity = await c.programmes.saveActivity({ programmeId, fields: { title: 'Tuyên truyền', responsibleSide: 'front', wardIds: [TARGET_WARD], dueDate: '2023-03-31', status: 'planned' }, ...create, idempotencyKey: key() });
  const report = await c.programmes.saveReport({ programmeId, fields: { side: 'police', periodLabel: 'Năm 2023', date: '2023-12-15', summary: 'Kết quả phối hợp' }, ...create, idempotencyKey: key() });
  const draftNomination = await owner().awards.nominations.save({ fields: nomination(TARGET_WARD, 'Tổ dân phố 1'), ...create, idempotencyKey: key() });
  const submittedNomination = await owner().awards.nominations.act({
    nominationId: (await owner().awards.nominations.save({ fields: nomination(TARGET_WARD, 'Tổ dân phố 2'), ...create, idempotencyKey: key() })).nominationId,
    action: 'submit',
    expectedVersion: 1,
    idempotencyKey: key(),
  });
  const accepted = async (name: string) => {
    const n = await owner().awards.nominations.save({ fields: nomination(TARGET_WARD, name), ...create, idempotencyKey: key() });
    await owner().awards.nominations.act({ nominationId: n.nominationId, action: 'submit', expectedVersion: 1, idempotencyKey: key() });
    return c.awards.nominations.act({ nominationId: n.nominationId, action: 'accept', expectedVersion: 2, idempotencyKey: key() });
  };
  const awarded = await accepted('Tổ dân phố 4');
  const acceptedNomination = await accepted('Tổ dân phố 5');
  const decision = await c.awards.decisions.create({
    fields: {
      authorityLevel: 'district',
      issuingBody: 'UBND thành phố Đồng Hới',
      number: 'Số: 99/QĐ-UBND',
      date: '2023-12-20',
      place: 'Đồng Hới',
      signer: { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
      lines: [{ nominationId: awarded.nominationId, formCode: GIAY_KHEN }],
    },
    idempotencyKey: key(),
  });
  const account = await c.accounts.create({ username: 'phuong.haithanh.2', displayName: 'Cán bộ Hải Thành', role: 'ward_officer', tenantId: '450', wardId: TARGET_WARD, phone: '0912345678' });
  const t = (id: string, version: number) => ({ id, version });
  return {
    catalogue: t(catalogue.catalogueId, catalogue.version),
    draftCampaign: { ...t(draftCampaign.campaignId, draftCampaign.version), fields: campaignFields },
    openCampaign: t(open.campaignId, open.version + 1),
    plan: t(open.campaignId, plan.version),
    assessment: t(open.campaignId, assessment.version),
    model: t(model.recordId, model.version),
    commitment: t(commitment.recordId, commitment.version),
    forum: t(forumRecord.recordId, forumRecord.version),
    conference: t(conference.recordId, conference.version),
    programme: t(programmeId, programme.version),
    activity: { ...t(activity.recordId, activity.version), programmeId } as Target,
    report: { ...t(report.recordId, report.version), programmeId } as Target,
    draftNomination: t(draftNomination.nominationId, draftNomination.version),
    submittedNomination: t(submittedNomination.nominationId, submittedNomination.version),
    acceptedNomination: t(acceptedNomination.nominationId, acceptedNomination.version),
    decision: t(decision.decisionId, decision.version),
    account: t(account.account.username, account.account.version),
  };
}

type Input = (id: string, expectedVersion: number, f: Fixtures) => Record<string, unknown>;
interface Row {
  target: keyof Fixtures;
  input: Input;
}
const write = (v: number) => ({ expectedVersion: v, idempotencyKey: key() });
const ward = (campaignId: string) => ({ campaignId, wardId: TARGET_WARD });

/** Every mutation that names an existing record, with the input an intruder would send. */
const onExisting: Record<string, Row> = {
  'criteria.saveDraft': { target: 'catalogue', input: (id, v) => ({ catalogueId: id, content: { ...smallCatalogue, title: 'Bị sửa' }, ...write(v) }) },
  'criteria.publish': { target: 'catalogue', input: (id, v) => ({ catalogueId: id, ...write(v) }) },
  'campaigns.update': { target: 'draftCampaign', input: (id, v, f) => ({ ...f.draftCampaign.fields, name: 'Bị sửa', campaignId: id, ...write(v) }) },
  'campaigns.act': { target: 'draftCampaign', input: (id, v) => ({ campaignId: id, action: 'open', ...write(v) }) },
  'campaigns.rebuildSummary': { target: 'openCampaign', input: (id) => ({ campaignId: id }) },
  'plans.save': { target: 'plan', input: (id, v) => ({ ...ward(id), content: planContent, ...write(v) }) },
  'plans.submit': { target: 'plan', input: (id, v) => ({ ...ward(id), content: planContent, ...write(v) }) },
  'plans.return': { target: 'plan', input: (id, v) => ({ ...ward(id), reason: 'Thiếu nghị quyết', ...write(v) }) },
  'plans.approve': { target: 'plan', input: (id, v) => ({ ...ward(id), ...write(v) }) },
  'assessments.save': { target: 'assessment', input: (id, v) => ({ ...ward(id), entries, ...write(v) }) },
  'assessments.submit': { target: 'assessment', input: (id, v) => ({ ...ward(id), entries, ...write(v) }) },
  'assessments.return': { target: 'assessment', input: (id, v) => ({ ...ward(id), reason: 'Thiếu minh chứng', ...write(v) }) },
  'assessments.verify': { target: 'assessment', input: (id, v) => ({ ...ward(id), criterionCode: '1.1', decision: 'accept', ...write(v) }) },
  'assessments.acceptRemaining': { target: 'assessment', input: (id, v) => ({ ...ward(id), ...write(v) }) },
  'records.models.save': {
    target: 'model',
    input: (id, v) => ({ recordId: id, fields: { name: 'Bị chiếm', kind: 'self_management', hostWardId: OWN_WARD, startDate: '2023-03-01', status: 'active' }, ...write(v) }),
  },
  'records.commitments.save': {
    target: 'commitment',
    input: (id, v) => ({ recordId: id, fields: { wardId: OWN_WARD, date: '2023-03-15', contents: ['Bị chiếm'], signatories: [{ kind: 'household', count: 1 }] }, ...write(v) }),
  },
  'records.forums.save': { target: 'forum', input: (id, v) => ({ recordId: id, fields: forum(OWN_WARD), ...write(v) }) },
  'records.conferences.save': {
    target: 'conference',
    input: (id, v) => ({ recordId: id, fields: { kind: 'festival', title: 'Bị chiếm', wardId: OWN_WARD, periodFromYear: 2023, periodToYear: 2023, subject: { type: 'movement' }, date: '2023-08-19', participants: 1 }, ...write(v) }),
  },
  'programmes.save': {
    target: 'programme',
    input: (id, v) => ({ recordId: id, fields: { documentNumber: '09/CTr-BCA-MTTW', title: 'Bị sửa', parties: [{ side: 'police', name: 'a' }, { side: 'front', name: 'b' }], nationalFromYear: 2013, nationalToYear: 2023 }, ...write(v) }),
  },
  'programmes.saveActivity': {
    target: 'activity',
    input: (id, v, f) => ({ programmeId: f.programme.id, recordId: id, fields: { title: 'Bị sửa', responsibleSide: 'front', wardIds: [OWN_WARD], dueDate: '2023-03-31', status: 'done', doneOn: '2023-03-01' }, ...write(v) }),
  },
  'programmes.saveReport': {
    target: 'report',
    input: (id, v, f) => ({ programmeId: f.programme.id, recordId: id, fields: { side: 'police', periodLabel: 'Năm 2023', date: '2023-12-15', summary: 'Bị sửa' }, ...write(v) }),
  },
  'awards.nominations.save': { target: 'draftNomination', input: (id, v) => ({ nominationId: id, fields: nomination(OWN_WARD, 'Bị chiếm'), ...write(v) }) },
  'awards.nominations.act': { target: 'submittedNomination', input: (id, v) => ({ nominationId: id, action: 'accept', ...write(v) }) },
  'awards.decisions.create': {
    target: 'acceptedNomination',
    input: (id) => ({
      fields: { authorityLevel: 'district', issuingBody: 'UBND', number: 'Số: 1/QĐ-UBND', date: '2023-12-21', place: 'Đồng Hới', signer: { name: 'X', title: 'Chủ tịch' }, lines: [{ nominationId: id, formCode: GIAY_KHEN }] },
      idempotencyKey: key(),
    }),
  },
  'awards.decisions.revoke': {
    target: 'decision',
    input: (id, v) => ({ decisionId: id, outcomeId: `${id}-1`, revokedBy: { number: 'Số: 2/QĐ-UBND', date: '2024-01-10', issuingBody: 'UBND' }, ...write(v) }),
  },
  'accounts.update': { target: 'account', input: (id, v) => ({ username: id, expectedVersion: v, wardId: OWN_WARD }) },
  'accounts.setEnabled': { target: 'account', input: (id, v) => ({ username: id, expectedVersion: v, enabled: false }) },
  'accounts.resetPassword': { target: 'account', input: (id, v) => ({ username: id, expectedVersion: v }) },
};

/** Mutations that name no existing record: they create in the caller's own scope, or rebuild it. */
const noExistingId: Record<string, string> = {
  'tenants.onboard': 'operator only; creates a tenant from the catalogue',
  'criteria.import': "creates a catalogue in the caller's tenant",
  'campaigns.create': "creates a campaign in the caller's tenant",
  'records.rebuildSummaries': "rebuilds the caller's own tenant",
  'accounts.create': 'creates an account; who may create whom is checked per target (accounts.test.ts)',
  'accounts.import': 'creates accounts; checked per row like accounts.create',
};

/** Mutations of the caller's own account: there is no one else's to name. */
const ownOnly: Record<string, string> = {
  'accounts.updateProfile': "the caller's display name",
  'accounts.changePassword': "the caller's password, checked against the current one",
};

const call = (caller: unknown, path: string, input: unknown): Promise<unknown> => {
  const fn = path.split('.').reduce<any>((node, part) => node[part], caller); // eslint-disable-line @typescript-eslint/no-explicit-any
  return fn(input);
};

describe('each mutation on an existing id checks its stored owner (table-driven over the router)', () => {
  let fixtures: Fixtures;
  beforeAll(async () => {
    fixtures = await createFixtures();
  }, 120_000);

  it('covers every mutation of the router', () => {
    // tRPC keeps a flat map of every procedure by its dotted path.
    const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } })._def.procedures;
    const mutations = Object.entries(procedures).filter(([, p]) => p._def.type === 'mutation').map(([path]) => path).sort();
    expect([...Object.keys(onExisting), ...Object.keys(noExistingId), ...Object.keys(ownOnly)].sort()).toEqual(mutations);
  });

  const attackers = [
    ['the officer of another ward of the same district', () => intruder()],
    ["another district's coordinator", () => foreignCoordinator()],
  ] as const;

  for (const [path, row] of Object.entries(onExisting)) {
    it(`${path}: refused to intruders exactly as for a missing record, and nothing is written`, async () => {
      const target = fixtures[row.target];
      const before = [await audits('450'), await audits('307')];
      for (const [, as] of attackers) {
        const missing = await failureOf(call(as(), path, row.input(unusedId(), 1, fixtures)));
        expect(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST']).toContain(missing.code);
        expect(await failureOf(call(as(), path, row.input(target.id, target.version, fixtures)))).toEqual(missing);
        expect(await failureOf(call(as(), path, row.input(target.id, target.version + 5, fixtures)))).toEqual(missing);
        expect(missing.message).not.toMatch(/phiên bản/);
      }
      expect([await audits('450'), await audits('307')]).toEqual(before);
    });
  }

  it('the owner can still make each change (the inputs above are real ones)', async () => {
    const f = fixtures;
    await expect(call(owner(), 'records.forums.save', { ...onExisting['records.forums.save']!.input(f.forum.id, f.forum.version, f), fields: forum(TARGET_WARD) })).resolves.toMatchObject({ version: 2 });
    await expect(
      call(owner(), 'awards.nominations.save', { ...onExisting['awards.nominations.save']!.input(f.draftNomination.id, f.draftNomination.version, f), fields: nomination(TARGET_WARD, 'Tổ dân phố 1') }),
    ).resolves.toMatchObject({ version: 2 });
    await expect(call(coordinator(), 'awards.nominations.act', onExisting['awards.nominations.act']!.input(f.submittedNomination.id, f.submittedNomination.version, f))).resolves.toMatchObject({ status: 'accepted' });
    await expect(call(coordinator(), 'plans.return', onExisting['plans.return']!.input(f.plan.id, f.plan.version, f))).resolves.toMatchObject({ status: 'returned' });
  });

  it('mutations without a stored target refuse a ward officer outright', async () => {
    for (const path of Object.keys(noExistingId)) {
      const officer = { username: 'ke.xau', displayName: 'Kẻ Xấu', role: 'ward_officer', tenantId: '450', wardId: OWN_WARD, phone: '0912345678' };
      const inputs: Record<string, unknown> = {
        'tenants.onboard': { districtCode: '462' },
        'records.rebuildSummaries': undefined,
        'criteria.import': { content: smallCatalogue, idempotencyKey: key() },
        'campaigns.create': { ...fixtures.draftCampaign.fields, idempotencyKey: key() },
        'accounts.create': officer,
        'accounts.import': { rows: [officer] },
      };
      const input = inputs[path];
      expect((await failureOf(call(intruder(), path, input))).code, path).toBe('FORBIDDEN');
    }
  });
});

import { randomUUID } from 'node:crypto';
import { appRouter, createCallerFactory } from '@antq/api/local';
import { onboardTenant, type Repository } from '@antq/db';
import { allCriteria, type AssessmentEntry, type CatalogueContent, type CatalogueDistrict, type NominationFields, type SessionUser } from '@antq/domain';
import { type BenchProvince, PROVINCE_ID } from './province.js';

export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface SeedEnv {
  province: BenchProvince;
  catalogue: CatalogueContent;
  year: number;
  callerFor: (user: SessionUser) => Caller;
  platform: Repository;
  findDistrict: (code: string) => Promise<CatalogueDistrict | undefined>;
}

export interface SeededDistrict {
  code: string;
  campaignId: string;
  coordinator: SessionUser;
  /** The ward left with a saved, unsubmitted self-assessment (the submission benchmark writes to it). */
  draftWard: { wardId: string; version: number };
}

const key = () => `bench-${randomUUID()}`;

/** A date in the bench year, `offset` days from today but never before 1 January (dates may not lie ahead). */
function inYear(year: number, offset: number): string {
  const date = new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  return date < `${year}-01-01` ? `${year}-01-01` : date;
}

export const coordinatorOf = (code: string): SessionUser => ({ sub: `bench:dp${code}`, username: `dieuphoi.${code}`, displayName: `Điều phối ${code}`, roles: ['coordinator'], tenantId: code, provinceId: PROVINCE_ID });
export const officerOf = (code: string, wardId: string): SessionUser => ({ sub: `bench:w${wardId}`, username: `w${wardId}`, displayName: `Cán bộ ${wardId}`, roles: ['ward_officer'], tenantId: code, wardId, provinceId: PROVINCE_ID });

/** A spread of answers: every fifth ward meets all 34 criteria, the others miss or half-meet some. */
export function entriesFor(catalogue: CatalogueContent, ward: number): AssessmentEntry[] {
  return allCriteria(catalogue).map((c, j) => ({
    criterionCode: c.code,
    value: { status: ward % 5 === 0 ? 'met' : (ward * 7 + j) % 9 === 0 ? 'not_met' : (ward + j) % 6 === 0 ? 'largely_met' : 'met' },
  })) as AssessmentEntry[];
}

const plan = (year: number) => ({
  legalReferences: [{ type: 'resolution' as const, number: '20-NQ/ĐU', issuer: 'Đảng ủy phường', date: `${year}-01-05` }],
  steeringCommittee: { head: 'Chủ tịch UBND phường', members: [] },
  activities: [{ title: 'Ký cam kết bảo đảm an ninh, trật tự', ownerOrganisation: 'Công an phường', dueDate: `${year}-12-31` }],
  targets: [],
});

/** Onboards the province's districts one at a time: every onboarding writes the one province index item. */
export async function onboardProvince(env: SeedEnv): Promise<void> {
  for (const d of env.province.districts) {
    const unit = await env.findDistrict(d.code);
    if (!unit) throw new Error(`District ${d.code} missing from the bench catalogue`);
    await onboardTenant(env.platform, unit, { sub: 'bench', username: 'bench' });
  }
}

/**
 * One district's year, through the real procedures: catalogue, campaign, 20 wards' plans (some
 * returned and resubmitted, half approved) and self-assessments (one fully verified, one returned,
 * the last left as a draft), forums, a commitment signing and an award decision. Within a district
 * the calls run one after another: they all update the same summary and year items.
 */
export async function seedDistrict(env: SeedEnv, district: BenchProvince['districts'][number]): Promise<SeededDistrict> {
  const coordinator = coordinatorOf(district.code);
  const dp = env.callerFor(coordinator);
  const { year } = env;
  const imported = await dp.criteria.import({ content: env.catalogue, publish: true, idempotencyKey: key() });
  const created = await dp.campaigns.create({
    name: `Tự đánh giá phong trào năm ${year}`,
    catalogueId: imported.catalogueId,
    catalogueVersion: 1,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    planDeadline: inYear(year, 20) > `${year}-12-31` ? `${year}-12-31` : inYear(year, 20),
    assessmentDeadline: `${year}-12-31`,
    wardIds: district.wardIds,
    idempotencyKey: key(),
  });
  const { campaignId } = await dp.campaigns.act({ campaignId: created.campaignId, action: 'open', expectedVersion: 1, idempotencyKey: key() });
  const at = (wardId: string) => ({ campaignId, wardId, idempotencyKey: key() });
  let draftWard = { wardId: '', version: 0 };

  for (const [i, wardId] of district.wardIds.entries()) {
    const ward = env.callerFor(officerOf(district.code, wardId));
    let p = await ward.plans.submit({ ...at(wardId), content: plan(year), expectedVersion: 0 });
    if (i % 5 === 1) {
      p = await dp.plans.return({ ...at(wardId), reason: 'Bổ sung danh sách thành viên Ban Chỉ đạo', expectedVersion: p.version });
      p = await ward.plans.submit({ ...at(wardId), content: plan(year), expectedVersion: p.version });
    }
    if (i % 2 === 0) await dp.plans.approve({ ...at(wardId), expectedVersion: p.version });

    const entries = entriesFor(env.catalogue, i);
    if (i === district.wardIds.length - 1) {
      const saved = await ward.assessments.save({ ...at(wardId), entries, expectedVersion: 0 });
      draftWard = { wardId, version: saved.version };
      continue;
    }
    let a = await ward.assessments.submit({ ...at(wardId), entries, expectedVersion: 0 });
    if (i === 3) {
      a = await dp.assessments.return({ ...at(wardId), reason: 'Bổ sung minh chứng tiêu chí 2.2', expectedVersion: a.version });
      a = await ward.assessments.submit({ ...at(wardId), entries, expectedVersion: a.version });
    }
    if (i === 0) {
      a = await dp.assessments.acceptRemaining({ ...at(wardId), expectedVersion: a.version });
    }
  }

  await seedMovement(env, dp, district.wardIds);
  await seedAward(env, dp, district.name);
  return { code: district.code, campaignId, coordinator, draftWard };
}

async function seedMovement(env: SeedEnv, dp: Caller, wardIds: string[]) {
  for (const [n, wardId] of wardIds.slice(0, 2).entries()) {
    const opinions = [
      { text: 'Đèn đường hỏng', handling: 'accepted' as const, acceptedOn: inYear(env.year, -30), remediedOn: inYear(env.year, -20) },
      { text: 'Tụ tập gây ồn ào ban đêm', handling: 'answered' as const, answeredOn: inYear(env.year, -29) },
      { text: 'Xe chắn lối đi', handling: 'pending' as const },
    ].slice(0, 2 + n);
    const fields = { wardId, title: 'Công an lắng nghe ý kiến nhân dân', date: inYear(env.year, -31), place: 'Nhà văn hóa', attendance: 120 + n, opinions };
    await dp.records.forums.save({ fields, expectedVersion: 0, idempotencyKey: key() });
  }
  await dp.records.commitments.save({
    fields: {
      wardId: wardIds[2]!,
      date: inYear(env.year, -60),
      contents: ['Không để xảy ra tội phạm', 'Không có tệ nạn xã hội'],
      signatories: [{ kind: 'residential_group', count: 12 }, { kind: 'household', count: 1200 }],
    },
    expectedVersion: 0,
    idempotencyKey: key(),
  });
}

/** Two accepted nominations and the provincial decision that awards them (district-level awards ended in 2025). */
async function seedAward(env: SeedEnv, dp: Caller, districtName: string) {
  const subject = { type: 'period' as const, label: `Năm ${env.year}`, fromYear: env.year, toYear: env.year };
  const nominations: NominationFields[] = [
    { recipient: { kind: 'collective', name: `Công an ${districtName}` }, achievement: { summary: 'Thành tích xuất sắc trong phong trào', subject }, proposedFormCode: 'bang-khen-chu-tich-ubnd-tinh', attachments: [] },
    { recipient: { kind: 'individual', name: 'Nguyễn Văn An', unit: `Công an ${districtName}`, birthYear: 1980 }, achievement: { summary: 'Thành tích xuất sắc trong phong trào', subject }, proposedFormCode: 'bang-khen-chu-tich-ubnd-tinh', attachments: [] },
  ];
  const ids: string[] = [];
  for (const fields of nominations) {
    const n = await dp.awards.nominations.save({ fields, expectedVersion: 0, idempotencyKey: key() });
    const submitted = await dp.awards.nominations.act({ nominationId: n.nominationId, action: 'submit', expectedVersion: n.version, idempotencyKey: key() });
    await dp.awards.nominations.act({ nominationId: n.nominationId, action: 'accept', expectedVersion: submitted.version, idempotencyKey: key() });
    ids.push(n.nominationId);
  }
  await dp.awards.decisions.create({
    fields: {
      authorityLevel: 'province',
      issuingBody: 'UBND thành phố Hà Nội',
      number: 'Số: 1234/QĐ-UBND',
      date: inYear(env.year, -2),
      place: 'Hà Nội',
      signer: { name: 'Nguyễn Văn A', title: 'Chủ tịch' },
      lines: ids.map((nominationId) => ({ nominationId, formCode: 'bang-khen-chu-tich-ubnd-tinh' })),
    },
    idempotencyKey: key(),
  });
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

import type { CatalogueContent, ReviewStatus, StatusValue } from '@antq/domain';
import { allCriteria } from '@antq/domain';
import { type Actors, type Caller, demoKey } from './actors.js';
import { type PlanExtras, selfAssessment, wardPlan } from './campaign-content.js';

/** Where one ward ends up in the story. */
export interface WardScript {
  wardId: string;
  plan?: 'submitted' | 'approved' | 'returned';
  returnReason?: string;
  planExtras?: PlanExtras;
  /** A complete self-assessment with `met` criteria met; "approved" = every criterion verified. */
  assessment?: { met: number; status: 'submitted' | 'approved'; adjust?: { code: string; status: StatusValue; note: string } };
}

export interface CampaignScript {
  /** Prefix of the story's idempotency keys (they are kept per tenant). */
  tag: string;
  tenantId: string;
  provinceId: string;
  coordinatorStandIn?: { username: string; displayName: string };
  name: string;
  description: string;
  year: number;
  wards: WardScript[];
}

const finalPlan = (w: WardScript): ReviewStatus => w.plan ?? 'not_started';
const finalAssessment = (w: WardScript): ReviewStatus => w.assessment?.status ?? 'not_started';

/**
 * Plays a campaign in one district: the coordinator creates it on the sample 34-criteria
 * catalogue and opens it, wards submit plans and self-assessments, the coordinator reviews.
 * Each step starts from what is stored, so a finished story costs two reads and a story that
 * stopped halfway carries on from where it stopped.
 */
export async function playCampaign(who: Actors, s: CampaignScript): Promise<{ skipped: boolean; writes: number }> {
  const coordinator = who.coordinator(s.tenantId, s.provinceId, s.coordinatorStandIn);
  let writes = 0;
  let campaign = (await coordinator.campaigns.list()).find((c) => c.name === s.name);
  if (campaign?.status === 'open') {
    const { summary } = await coordinator.campaigns.dashboard({ campaignId: campaign.campaignId });
    const done = s.wards.every((w) => summary.wards[w.wardId]?.plan.status === finalPlan(w) && summary.wards[w.wardId]?.assessment.status === finalAssessment(w));
    if (done) return { skipped: true, writes };
  }
  if (!campaign) {
    const catalogue = (await coordinator.criteria.list()).find((c) => c.sample && c.criteriaCount === 34 && c.title.startsWith('(Mẫu)'));
    if (!catalogue || catalogue.publishedVersions.length === 0) throw new Error(`Tenant ${s.tenantId} has no published sample 34-criteria catalogue`);
    campaign = await coordinator.campaigns.create({
      name: s.name,
      description: s.description,
      catalogueId: catalogue.catalogueId,
      catalogueVersion: Math.max(...catalogue.publishedVersions),
      periodStart: `${s.year}-01-01`,
      periodEnd: `${s.year}-12-31`,
      planDeadline: `${s.year}-12-15`,
      assessmentDeadline: `${s.year}-12-31`,
      wardIds: [],
      idempotencyKey: demoKey(s.tag, 'create'),
    });
    writes++;
  }
  if (campaign.status === 'draft') {
    campaign = await coordinator.campaigns.act({ campaignId: campaign.campaignId, action: 'open', expectedVersion: campaign.version, idempotencyKey: demoKey(s.tag, 'open') });
    writes++;
  }
  const wards = new Map((await coordinator.wards.list()).map((w) => [w.wardId, w.name]));
  // One ward after another: every step rewrites the campaign's summary line and district-year
  // digest, and parallel writers there would only collide and retry.
  for (const [n, w] of s.wards.entries()) {
    const name = wards.get(w.wardId);
    if (!name) throw new Error(`Ward ${w.wardId} is not in tenant ${s.tenantId}`);
    const officer = who.wardOfficer(s.tenantId, s.provinceId, w.wardId, name);
    writes += await playPlan(s, coordinator, officer, campaign.campaignId, w, wardPlan(name, s.year, n, w.planExtras));
    writes += await playAssessment(s, coordinator, officer, campaign.campaignId, w);
  }
  return { skipped: false, writes };
}

async function playPlan(s: CampaignScript, coordinator: Caller, officer: Caller, campaignId: string, w: WardScript, content: ReturnType<typeof wardPlan>) {
  if (!w.plan) return 0;
  const at = { campaignId, wardId: w.wardId };
  const key = (action: string, version: number) => demoKey(s.tag, w.wardId, 'plan', action, version);
  let writes = 0;
  let head = (await officer.plans.get(at)).plan;
  if (head.status === 'not_started' || head.status === 'draft') {
    head = await officer.plans.submit({ ...at, content, expectedVersion: head.version, idempotencyKey: key('submit', head.version) });
    writes++;
  }
  if (head.status === 'submitted' && w.plan === 'approved') {
    await coordinator.plans.approve({ ...at, note: 'Kế hoạch đầy đủ, đúng hướng dẫn', expectedVersion: head.version, idempotencyKey: key('approve', head.version) });
    writes++;
  }
  if (head.status === 'submitted' && w.plan === 'returned') {
    await coordinator.plans.return({ ...at, reason: w.returnReason ?? 'Đề nghị bổ sung', expectedVersion: head.version, idempotencyKey: key('return', head.version) });
    writes++;
  }
  return writes;
}

async function playAssessment(s: CampaignScript, coordinator: Caller, officer: Caller, campaignId: string, w: WardScript) {
  if (!w.assessment) return 0;
  const at = { campaignId, wardId: w.wardId };
  const key = (...parts: Array<string | number>) => demoKey(s.tag, w.wardId, 'as', ...parts);
  let writes = 0;
  const read = await officer.assessments.get(at);
  let head = read.assessment;
  const catalogue: CatalogueContent = read.catalogue;
  if (head.status === 'not_started' || head.status === 'draft') {
    const entries = selfAssessment(catalogue, w.assessment.met);
    head = await officer.assessments.submit({ ...at, entries, expectedVersion: head.version, idempotencyKey: key('submit', head.version) });
    writes++;
  }
  if (w.assessment.status !== 'approved') return writes;
  const adjust = w.assessment.adjust;
  if (adjust && !(adjust.code in head.verifications)) {
    const change = { decision: 'adjust' as const, value: { status: adjust.status }, note: adjust.note };
    head = await coordinator.assessments.verify({ ...at, criterionCode: adjust.code, ...change, expectedVersion: head.version, idempotencyKey: key('verify', adjust.code, head.version) });
    writes++;
  }
  if (allCriteria(catalogue).some((c) => !(c.code in head.verifications))) {
    head = await coordinator.assessments.acceptRemaining({ ...at, expectedVersion: head.version, idempotencyKey: key('accept-remaining', head.version) });
    writes++;
  }
  return writes;
}

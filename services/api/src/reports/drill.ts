import {
  getAssessmentSubmission,
  getCampaign,
  getCatalogueVersion,
  getPlanSubmission,
  getRecord,
  getWard,
  keys,
  listAssessmentSubmissions,
  listPlanSubmissions,
  partitions,
  type Repository,
  type Stored,
  strip,
} from '@antq/db';
import { allCriteria, awardEntries, campaignDigests, districtYearFigures, type MovementRecord, type ReviewedHead, wardRow } from '@antq/domain';
import { TRPCError } from '@trpc/server';

const notFound = (message: string) => new TRPCError({ code: 'NOT_FOUND', message });

/** A ward's part of a district's year: its row, its campaign lines, its records and its awards. */
export async function wardReport(repo: Repository, tenantId: string, wardId: string, year: number) {
  const [ward, item, records] = await Promise.all([
    getWard(repo, tenantId, wardId),
    repo.get<Record<string, unknown>>(keys.districtYear(tenantId, year)),
    repo.query<Stored<MovementRecord>>({ pk: partitions.wardTimeline(tenantId, wardId), index: 'GSI1', skBeginsWith: `${year}-` }),
  ]);
  if (!ward) throw notFound('Không tìm thấy phường/xã.');
  const figures = districtYearFigures(year, item);
  const campaigns = campaignDigests(item)
    .filter((d) => d.wards[wardId])
    .map((d) => ({ campaignId: d.campaignId, name: d.name, criteriaCount: d.criteriaCount, plan: d.wards[wardId]!.plan, assessment: d.wards[wardId]!.assessment }));
  const awards = awardEntries(item).filter((e) => e.wardIds.includes(wardId));
  return {
    ward: { code: wardId, name: ward.name },
    year,
    row: wardRow({ code: wardId, name: ward.name }, figures.wards[wardId]),
    campaigns,
    records: records.map((r) => strip(r) as MovementRecord),
    awards,
  };
}

/**
 * A ward's plan or self-assessment as the district sees it: version, review trail, every submission,
 * the district's verifications, and the campaign's criteria so a reader sees texts, not codes.
 */
export async function submissionTrail(repo: Repository, tenantId: string, input: { campaignId: string; wardId: string; part: 'plan' | 'assessment'; submission?: number }) {
  const headKey = input.part === 'plan' ? keys.plan(tenantId, input.campaignId, input.wardId) : keys.assessment(tenantId, input.campaignId, input.wardId);
  const [head, campaign] = await Promise.all([getRecord<ReviewedHead & { verifications?: Record<string, unknown> }>(repo, headKey), getCampaign(repo, tenantId, input.campaignId)]);
  if (!head || !campaign) throw notFound('Phường/xã chưa có hồ sơ này.');
  const catalogue = await getCatalogueVersion(repo, tenantId, campaign.catalogue.catalogueId, campaign.catalogue.catalogueVersion);
  const listed = input.part === 'plan' ? await listPlanSubmissions(repo, tenantId, input.campaignId, input.wardId) : await listAssessmentSubmissions(repo, tenantId, input.campaignId, input.wardId);
  // A paper submission entered later keeps the day it was received: the trail says so.
  const submissions = listed.map((s) => ({ submission: s.submission, submittedAt: s.submittedAt, submittedBy: s.submittedBy, late: s.late, ...(s.receivedOn && { receivedOn: s.receivedOn }) }));
  const wanted = input.submission ?? head.submissions;
  const get = input.part === 'plan' ? getPlanSubmission : getAssessmentSubmission;
  const submission = wanted > 0 ? await get(repo, tenantId, input.campaignId, input.wardId, wanted) : undefined;
  return {
    part: input.part,
    campaign: { campaignId: campaign.campaignId, name: campaign.name, catalogueTitle: campaign.catalogue.title },
    criteria: catalogue ? allCriteria(catalogue.content).map((c) => ({ code: c.code, text: c.text })) : [],
    verifications: head.verifications ?? {},
    head: { status: head.status, version: head.version, submissions: head.submissions, late: head.late, returnReason: head.returnReason, history: head.history, updatedAt: head.updatedAt },
    submissions,
    submission,
  };
}

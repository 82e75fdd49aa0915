import type {
  AssessmentSubmission,
  Campaign,
  CampaignSummary,
  CatalogueHead,
  CatalogueVersion,
  PlanSubmission,
  WardAssessment,
  WardPlan,
} from '@antq/domain';
import { keys, partitions, sortKeyPrefixes } from './keys.js';
import { getRecord, queryRecords } from './records.js';
import type { Repository } from './repository.js';

// Reads of the campaign cycle (catalogues, campaigns, plans, assessments, summaries) inside one tenant.

export const getCatalogueHead = (repo: Repository, tenantId: string, catalogueId: string) =>
  getRecord<CatalogueHead>(repo, keys.catalogue(tenantId, catalogueId));

export const listCatalogues = (repo: Repository, tenantId: string) =>
  queryRecords<CatalogueHead>(repo, partitions.tenant(tenantId), sortKeyPrefixes.catalogue);

export const getCatalogueVersion = (repo: Repository, tenantId: string, catalogueId: string, version: number) =>
  getRecord<CatalogueVersion>(repo, keys.catalogueVersion(tenantId, catalogueId, version));

export const listCatalogueVersions = (repo: Repository, tenantId: string, catalogueId: string) =>
  queryRecords<CatalogueVersion>(repo, partitions.catalogueVersions(tenantId, catalogueId), sortKeyPrefixes.catalogueVersion);

export const getCampaign = (repo: Repository, tenantId: string, campaignId: string) =>
  getRecord<Campaign>(repo, keys.campaign(tenantId, campaignId));

export const listCampaigns = (repo: Repository, tenantId: string) =>
  queryRecords<Campaign>(repo, partitions.tenant(tenantId), sortKeyPrefixes.campaign);

export const getCampaignSummary = (repo: Repository, tenantId: string, campaignId: string) =>
  getRecord<CampaignSummary>(repo, keys.campaignSummary(tenantId, campaignId));

export const getPlan = (repo: Repository, tenantId: string, campaignId: string, wardId: string) =>
  getRecord<WardPlan>(repo, keys.plan(tenantId, campaignId, wardId));

export const getPlanSubmission = (repo: Repository, tenantId: string, campaignId: string, wardId: string, n: number) =>
  getRecord<PlanSubmission>(repo, keys.planSubmission(tenantId, campaignId, wardId, n));

export const listPlanSubmissions = (repo: Repository, tenantId: string, campaignId: string, wardId: string) =>
  queryRecords<PlanSubmission>(repo, partitions.campaign(tenantId, campaignId), `${sortKeyPrefixes.plan}${wardId}#SUB#`);

export const getAssessment = (repo: Repository, tenantId: string, campaignId: string, wardId: string) =>
  getRecord<WardAssessment>(repo, keys.assessment(tenantId, campaignId, wardId));

export const getAssessmentSubmission = (repo: Repository, tenantId: string, campaignId: string, wardId: string, n: number) =>
  getRecord<AssessmentSubmission>(repo, keys.assessmentSubmission(tenantId, campaignId, wardId, n));

export const listAssessmentSubmissions = (repo: Repository, tenantId: string, campaignId: string, wardId: string) =>
  queryRecords<AssessmentSubmission>(repo, partitions.campaign(tenantId, campaignId), `${sortKeyPrefixes.assessment}${wardId}#SUB#`);

/** Every plan and assessment head of a campaign (for rebuilding its summary; not on a request path). */
export async function listCampaignHeads(repo: Repository, tenantId: string, campaignId: string) {
  const pk = partitions.campaign(tenantId, campaignId);
  const isHead = (r: { wardId: string; submission?: number }) => r.submission === undefined;
  const plans = (await queryRecords<WardPlan & { submission?: number }>(repo, pk, sortKeyPrefixes.plan)).filter(isHead);
  const assessments = (await queryRecords<WardAssessment & { submission?: number }>(repo, pk, sortKeyPrefixes.assessment)).filter(isHead);
  return { plans, assessments };
}

import { getCatalogueVersion, keys, listCampaignHeads, putItem, toItem, writeHead } from '@antq/db';
import {
  allCriteria,
  type Campaign,
  type campaignActionInput,
  campaignActionProblem,
  criterionMax,
  type createCampaignInput,
  type updateCampaignInput,
} from '@antq/domain';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { loadCampaign, loadCatalogueContent, wardsById } from '../../cycle/load.js';
import { type Change, expectVersion, invalid, mutate, nowIso, refuse, type TenantContext } from '../../cycle/mutate.js';
import { computeSummary, digestOps } from '../../cycle/summary.js';

type CampaignFields = Omit<z.infer<typeof createCampaignInput>, 'idempotencyKey'>;

/** Resolves the pinned catalogue (published versions only) and the participating wards (none listed = all). */
async function resolveSetup(ctx: TenantContext, input: CampaignFields) {
  const version = await getCatalogueVersion(ctx.repo, ctx.tenantId, input.catalogueId, input.catalogueVersion);
  if (!version) throw invalid([{ path: 'catalogueVersion', message: 'Không tìm thấy phiên bản bộ tiêu chí này' }]);
  if (version.status !== 'published') throw invalid([{ path: 'catalogueVersion', message: 'Chỉ dùng được phiên bản bộ tiêu chí đã ban hành' }]);
  const wards = await wardsById(ctx);
  const unknown = input.wardIds.filter((id) => !wards.has(id));
  if (unknown.length > 0) throw invalid([{ path: 'wardIds', message: `Phường/xã không thuộc quận/huyện: ${unknown.join(', ')}` }]);
  const wardIds = input.wardIds.length > 0 ? [...new Set(input.wardIds)] : [...wards.keys()];
  const catalogue: Campaign['catalogue'] = {
    catalogueId: version.catalogueId,
    catalogueVersion: version.catalogueVersion,
    title: version.content.title,
    criteriaCount: version.criteriaCount,
    criteria: allCriteria(version.content).map((c) => ({ code: c.code, groupCode: c.groupCode, max: criterionMax(c) })),
  };
  return { catalogue, content: version.content, wards, wardIds };
}

function fields(input: CampaignFields) {
  const { catalogueId: _c, catalogueVersion: _v, wardIds: _w, ...rest } = input;
  return rest;
}

export function createCampaign(ctx: TenantContext, input: z.infer<typeof createCampaignInput>) {
  return mutate(ctx, input, async (): Promise<Change<Campaign>> => {
    const setup = await resolveSetup(ctx, input);
    const now = nowIso();
    const campaignId = ulid();
    const { idempotencyKey: _k, ...rest } = input;
    const campaign: Campaign = {
      ...fields(rest),
      campaignId,
      tenantId: ctx.tenantId,
      catalogue: setup.catalogue,
      wardIds: setup.wardIds,
      status: 'draft',
      locked: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const summary = computeSummary(campaignId, setup.wardIds, setup.wards, setup.content, [], [], now);
    const t = ctx.repo.tableName;
    return {
      ops: [
        writeHead(t, toItem(keys.campaign(ctx.tenantId, campaignId), 'Campaign', campaign), 0),
        putItem(t, toItem(keys.campaignSummary(ctx.tenantId, campaignId), 'CampaignSummary', summary)),
        ...digestOps(ctx, campaign, summary, now),
      ],
      audit: { action: 'campaign.create', entityType: 'Campaign', entityId: campaignId, after: campaign },
      result: campaign,
    };
  });
}

/** A draft campaign can still change everything; the summary is recomputed for its wards. */
export function updateCampaign(ctx: TenantContext, input: z.infer<typeof updateCampaignInput>) {
  return mutate(ctx, input, async (): Promise<Change<Campaign>> => {
    const current = await loadCampaign(ctx, input.campaignId);
    expectVersion(keys.campaign(ctx.tenantId, current.campaignId), current.version, input.expectedVersion);
    if (current.status !== 'draft') throw refuse('Chỉ sửa được chiến dịch ở trạng thái nháp.');
    const { campaignId: _id, expectedVersion: _e, idempotencyKey: _k, ...rest } = input;
    const setup = await resolveSetup(ctx, rest);
    const now = nowIso();
    const campaign: Campaign = { ...current, ...fields(rest), catalogue: setup.catalogue, wardIds: setup.wardIds, version: current.version + 1, updatedAt: now };
    const summary = computeSummary(current.campaignId, setup.wardIds, setup.wards, setup.content, [], [], now);
    const t = ctx.repo.tableName;
    return {
      ops: [
        writeHead(t, toItem(keys.campaign(ctx.tenantId, current.campaignId), 'Campaign', campaign), current.version),
        putItem(t, toItem(keys.campaignSummary(ctx.tenantId, current.campaignId), 'CampaignSummary', summary)),
        ...digestOps(ctx, campaign, summary, now, current),
      ],
      audit: { action: 'campaign.update', entityType: 'Campaign', entityId: current.campaignId, before: current, after: campaign },
      result: campaign,
    };
  });
}

export function actOnCampaign(ctx: TenantContext, input: z.infer<typeof campaignActionInput>) {
  return mutate(ctx, input, async (): Promise<Change<Campaign>> => {
    const current = await loadCampaign(ctx, input.campaignId);
    expectVersion(keys.campaign(ctx.tenantId, current.campaignId), current.version, input.expectedVersion);
    const problem = campaignActionProblem(current, input.action);
    if (problem) throw refuse(problem);
    const change: Partial<Campaign> =
      input.action === 'open' ? { status: 'open' } : input.action === 'close' ? { status: 'closed', locked: true } : { locked: input.action === 'lock' };
    const campaign: Campaign = { ...current, ...change, version: current.version + 1, updatedAt: nowIso() };
    return {
      ops: [writeHead(ctx.repo.tableName, toItem(keys.campaign(ctx.tenantId, current.campaignId), 'Campaign', campaign), current.version)],
      audit: { action: `campaign.${input.action}`, entityType: 'Campaign', entityId: current.campaignId, before: { status: current.status, locked: current.locked }, after: { status: campaign.status, locked: campaign.locked } },
      result: campaign,
    };
  });
}

/**
 * Recomputes a campaign's summary from its plan and assessment heads (repair, or after a bug).
 * The incremental summary must already equal this; the property test checks that it does.
 */
export async function rebuildSummary(ctx: TenantContext, campaignId: string) {
  const campaign = await loadCampaign(ctx, campaignId);
  const content = await loadCatalogueContent(ctx, campaign);
  const { plans, assessments } = await listCampaignHeads(ctx.repo, ctx.tenantId, campaignId);
  const now = nowIso();
  const summary = computeSummary(campaignId, campaign.wardIds, await wardsById(ctx), content, plans, assessments, now);
  await ctx.repo.commit([putItem(ctx.repo.tableName, toItem(keys.campaignSummary(ctx.tenantId, campaignId), 'CampaignSummary', summary)), ...digestOps(ctx, campaign, summary, now)], {
    tenantId: ctx.tenantId,
    actor: { sub: ctx.user.sub, username: ctx.user.username },
    action: 'campaign.rebuildSummary',
    entityType: 'CampaignSummary',
    entityId: campaignId,
    requestId: ctx.requestId,
  });
  return summary;
}

import { getCampaign, getCatalogueVersion, keys, listWards } from '@antq/db';
import type { Campaign, CatalogueContent, Ward } from '@antq/domain';
import { notFound, refuse, type TenantContext } from './mutate.js';

export async function loadCampaign(ctx: TenantContext, campaignId: string): Promise<Campaign> {
  const campaign = await getCampaign(ctx.repo, ctx.tenantId, campaignId);
  if (!campaign) throw notFound('Không tìm thấy chiến dịch trong quận/huyện của bạn.');
  const isCoordinator = ctx.user.roles.includes('coordinator');
  // Ward officers never see drafts nor campaigns their ward is not part of.
  if (!isCoordinator && (campaign.status === 'draft' || !campaign.wardIds.includes(ctx.user.wardId ?? ''))) {
    throw notFound('Không tìm thấy chiến dịch trong quận/huyện của bạn.');
  }
  return campaign;
}

// A campaign pins a published catalogue version, and published versions never change: a warm
// process can keep them and save a read on every ward submission.
const pinnedCatalogues = new Map<string, CatalogueContent>();
const PINNED_CATALOGUES_KEPT = 200;

export async function loadCatalogueContent(ctx: TenantContext, campaign: Campaign): Promise<CatalogueContent> {
  const { catalogueId, catalogueVersion } = campaign.catalogue;
  const cacheKey = `${ctx.tenantId}/${catalogueId}/${catalogueVersion}`;
  const cached = pinnedCatalogues.get(cacheKey);
  if (cached) return cached;
  const version = await getCatalogueVersion(ctx.repo, ctx.tenantId, catalogueId, catalogueVersion);
  if (!version) throw new Error(`Pinned catalogue ${catalogueId} v${catalogueVersion} is missing`);
  if (version.status === 'published') {
    if (pinnedCatalogues.size >= PINNED_CATALOGUES_KEPT) pinnedCatalogues.delete(pinnedCatalogues.keys().next().value!);
    pinnedCatalogues.set(cacheKey, version.content);
  }
  return version.content;
}

export function assertParticipates(campaign: Campaign, wardId: string): void {
  if (!campaign.wardIds.includes(wardId)) throw notFound(`Phường/xã mã ${wardId} không tham gia chiến dịch này.`);
}

/** Wards may write while the campaign is open and not locked (late work is accepted, and marked). */
export function assertAcceptsWardWork(campaign: Campaign): void {
  if (campaign.status !== 'open') throw refuse('Chiến dịch không ở trạng thái đang triển khai: không nhận hồ sơ.');
  if (campaign.locked) throw refuse('Chiến dịch đã bị khóa: không nhận thêm hồ sơ.');
}

export function assertReviewable(campaign: Campaign): void {
  if (campaign.status === 'draft') throw refuse('Chiến dịch chưa được mở.');
}

/** The tenant's wards by id (names for summary lines and messages). */
export async function wardsById(ctx: TenantContext): Promise<Map<string, Ward>> {
  return new Map((await listWards(ctx.repo, ctx.tenantId)).map((w) => [w.wardId, w]));
}

export const campaignKey = (ctx: TenantContext, campaignId: string) => keys.campaign(ctx.tenantId, campaignId);

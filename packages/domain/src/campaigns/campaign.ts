import { z } from 'zod';
import { createFields, entityId, isoDate, mutationFields, optionalText, text, vietnamDay } from '../common/fields.js';
import { wardCode } from '../tenancy/codes.js';

/** A campaign: wards of the district work towards one pinned catalogue version within a period. */
export const campaignStatuses = ['draft', 'open', 'closed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export const campaignStatusLabels: Record<CampaignStatus, string> = { draft: 'Nháp', open: 'Đang triển khai', closed: 'Đã kết thúc' };

const campaignFields = z.object({
  name: text(300, 'Tên chiến dịch'),
  description: optionalText(2000),
  catalogueId: entityId,
  catalogueVersion: z.number().int().positive(),
  periodStart: isoDate,
  periodEnd: isoDate,
  planDeadline: isoDate,
  assessmentDeadline: isoDate,
  /** The participating wards; empty means every ward of the district. */
  wardIds: z.array(wardCode).max(100).default([]),
});

const datesInOrder = <T extends z.infer<typeof campaignFields>>(c: T, ctx: z.RefinementCtx) => {
  if (c.periodEnd < c.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  if (c.assessmentDeadline < c.planDeadline) {
    ctx.addIssue({ code: 'custom', path: ['assessmentDeadline'], message: 'Hạn tự đánh giá phải sau hạn nộp kế hoạch' });
  }
};

export const createCampaignInput = campaignFields.extend(createFields).superRefine(datesInOrder);
export type CreateCampaignInput = z.infer<typeof createCampaignInput>;

export const updateCampaignInput = campaignFields.extend({ campaignId: entityId, ...mutationFields }).superRefine(datesInOrder);

export const campaignActions = ['open', 'close', 'lock', 'unlock'] as const;
export type CampaignAction = (typeof campaignActions)[number];
export const campaignActionInput = z.object({ campaignId: entityId, action: z.enum(campaignActions), ...mutationFields });
export const campaignRefInput = z.object({ campaignId: entityId });

export interface Campaign {
  campaignId: string;
  tenantId: string;
  name: string;
  description?: string;
  /** The pinned catalogue version, with the criteria list the dashboard's grid needs. */
  catalogue: {
    catalogueId: string;
    catalogueVersion: number;
    title: string;
    criteriaCount: number;
    criteria: Array<{ code: string; groupCode: string; max: number }>;
  };
  periodStart: string;
  periodEnd: string;
  planDeadline: string;
  assessmentDeadline: string;
  wardIds: string[];
  status: CampaignStatus;
  /** A locked campaign accepts no ward submissions (the coordinator's decision after a deadline). */
  locked: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Which actions a campaign in a given state allows; the message says why not. */
export function campaignActionProblem(campaign: Pick<Campaign, 'status' | 'locked'>, action: CampaignAction): string | undefined {
  switch (action) {
    case 'open':
      return campaign.status === 'draft' ? undefined : 'Chỉ mở được chiến dịch đang ở trạng thái nháp';
    case 'close':
      return campaign.status === 'open' ? undefined : 'Chỉ kết thúc được chiến dịch đang triển khai';
    case 'lock':
      return campaign.status === 'open' && !campaign.locked ? undefined : 'Chỉ khóa được chiến dịch đang triển khai và chưa khóa';
    case 'unlock':
      return campaign.locked ? undefined : 'Chiến dịch chưa bị khóa';
  }
}

/** A submission after the deadline is accepted but marked late (deadline day included, Vietnam time). */
export function isLate(deadline: string, at: Date): boolean {
  return vietnamDay(at) > deadline;
}

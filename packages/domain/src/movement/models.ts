import { z } from 'zod';
import { entityId, isoDate, optionalText, text } from '../common/fields.js';
import { legalReferenceSchema } from '../plans/plan.js';
import { wardCode } from '../tenancy/codes.js';

/** Kinds of movement models (mô hình); new kinds are data, "other" covers the rest until they are added. */
export const modelKinds = ['self_management', 'self_prevention', 'self_protection', 'mediation', 'admin_reform', 'other'] as const;
export type ModelKind = (typeof modelKinds)[number];
export const modelKindLabels: Record<ModelKind, string> = {
  self_management: 'Tự quản',
  self_prevention: 'Tự phòng',
  self_protection: 'Tự bảo vệ',
  mediation: 'Tổ hòa giải',
  admin_reform: 'Cải cách hành chính phục vụ nhân dân',
  other: 'Mô hình khác',
};

export const modelStatuses = ['active', 'suspended', 'ended'] as const;
export type ModelStatus = (typeof modelStatuses)[number];
export const modelStatusLabels: Record<ModelStatus, string> = { active: 'Đang hoạt động', suspended: 'Tạm dừng', ended: 'Đã kết thúc' };

export const movementModelSchema = z.object({
  name: text(300, 'Tên mô hình'),
  kind: z.enum(modelKinds, { error: 'Loại mô hình không hợp lệ' }),
  hostWardId: wardCode,
  /** Tổ dân phố / thôn / khu dân cư hosting it, when narrower than the ward. */
  residentialGroup: optionalText(200),
  foundingDecision: legalReferenceSchema.optional(),
  /** Its regulation (quy chế), e.g. 6 chapters and 19 articles. */
  regulation: z
    .object({ chapters: z.number().int().min(0).max(100), articles: z.number().int().min(0).max(1000), reference: legalReferenceSchema.optional() })
    .optional(),
  startDate: isoDate,
  status: z.enum(modelStatuses).default('active'),
  /** The model this one copies (nhân rộng), so the district sees how a model spread. */
  replicatedFrom: entityId.optional(),
  notes: optionalText(4000),
});
export type MovementModelFields = z.infer<typeof movementModelSchema>;

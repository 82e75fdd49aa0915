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

export const movementModelSchema = z
  .object({
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
  /** The day a suspended or ended model stopped: its last year of activity in the figures. */
  endDate: isoDate.optional(),
  /** The model this one copies (nhân rộng), so the district sees how a model spread. */
  replicatedFrom: entityId.optional(),
  notes: optionalText(4000),
})
  .superRefine((m, ctx) => {
    // Each year of a model's life is one write of the transaction that saves it (DynamoDB takes 100).
    if (m.startDate < '1945-01-01') ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'Ngày bắt đầu hoạt động phải từ năm 1945 trở đi' });
    if (m.endDate && m.status === 'active') ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Mô hình đang hoạt động không có ngày dừng hoạt động' });
    if (m.endDate && m.endDate < m.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ngày dừng hoạt động phải sau ngày bắt đầu' });
  });
export type MovementModelFields = z.infer<typeof movementModelSchema>;

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The years a model counts in, each with whether it was active at some time in that year. A model
 * is in the register from its founding year: until the year it ended (an ended model without a date
 * only in its founding year), or up to `currentYear` while it is active or suspended; it is active
 * until it stopped (a suspended one without a date only in its founding year). "Mô hình đang hoạt
 * động" of 2022 thus counts the models of 2008 and 2016 still active then, not only those of 2022.
 */
export function modelYears(m: Pick<MovementModelFields, 'startDate' | 'status' | 'endDate'>, currentYear: number): Array<{ year: number; active: boolean }> {
  const start = yearOf(m.startDate);
  const stopped = m.endDate ? yearOf(m.endDate) : start;
  const last = m.status === 'ended' ? stopped : Math.max(start, currentYear);
  const activeUntil = m.status === 'active' ? last : stopped;
  return Array.from({ length: last - start + 1 }, (_, i) => ({ year: start + i, active: start + i <= activeUntil }));
}

import { z } from 'zod';
import { isoDate, optionalText, text } from '../common/fields.js';
import { legalReferenceSchema } from '../plans/plan.js';
import { wardCode } from '../tenancy/codes.js';

/**
 * A joint police–Front programme (chương trình phối hợp), e.g. "09/CTr-BCA-MTTW" (number kept
 * verbatim), 2013–2023 renewed 2023–2033, with the district's implementation plan, activities by
 * each side, periodic joint reports and review conferences.
 */
export const programmeSides = ['police', 'front', 'member_organisation'] as const;
export type ProgrammeSide = (typeof programmeSides)[number];
export const programmeSideLabels: Record<ProgrammeSide, string> = {
  police: 'Công an',
  front: 'Mặt trận Tổ quốc',
  member_organisation: 'Tổ chức thành viên',
};

export const programmeSchema = z
  .object({
    documentNumber: text(100, 'Số, ký hiệu chương trình'),
    title: text(500, 'Tên chương trình'),
    parties: z.array(z.object({ side: z.enum(programmeSides), name: text(300, 'Tên bên tham gia') })).min(2, 'Cần ít nhất hai bên phối hợp'),
    nationalFromYear: z.number().int().min(1945).max(2100),
    nationalToYear: z.number().int().min(1945).max(2100),
    renewalOf: optionalText(100),
    districtPlan: legalReferenceSchema.optional(),
    notes: optionalText(4000),
  })
  .superRefine((p, ctx) => {
    if (p.nationalToYear < p.nationalFromYear) ctx.addIssue({ code: 'custom', path: ['nationalToYear'], message: 'Năm kết thúc phải sau năm bắt đầu' });
  });
export type ProgrammeFields = z.infer<typeof programmeSchema>;

export const programmeActivitySchema = z.object({
  title: text(500, 'Tên hoạt động'),
  responsibleSide: z.enum(programmeSides),
  memberOrganisation: optionalText(300),
  wardIds: z.array(wardCode).max(100).default([]),
  dueDate: isoDate,
  status: z.enum(['planned', 'done', 'cancelled']).default('planned'),
  doneOn: isoDate.optional(),
  result: optionalText(4000),
});
export type ProgrammeActivityFields = z.infer<typeof programmeActivitySchema>;

export const programmeReportSchema = z.object({
  side: z.enum(programmeSides),
  periodLabel: text(100, 'Kỳ báo cáo'),
  date: isoDate,
  documentNumber: optionalText(100),
  summary: text(10_000, 'Nội dung báo cáo'),
});
export type ProgrammeReportFields = z.infer<typeof programmeReportSchema>;

import { z } from 'zod';
import { createFields, entityId, mutationFields, optionalText, text } from '../common/fields.js';

/**
 * A criteria catalogue (bộ tiêu chí): groups of criteria, each scored either as
 * met / largely met / not met, or with points up to a maximum. A published version is
 * immutable; editing a published catalogue creates a new version.
 */
export const statusValues = ['met', 'largely_met', 'not_met'] as const;
export type StatusValue = (typeof statusValues)[number];
export const statusLabels: Record<StatusValue, string> = { met: 'Đạt', largely_met: 'Cơ bản đạt', not_met: 'Chưa đạt' };

export const scoringSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status') }),
  z.object({ kind: z.literal('points'), max: z.number().positive('Điểm tối đa phải lớn hơn 0').max(1000) }),
]);
export type Scoring = z.infer<typeof scoringSchema>;

export const criterionCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'Mã tiêu chí gồm chữ/số, phân cách bằng dấu chấm (ví dụ 1.2)');

export const criterionSchema = z.object({
  code: criterionCode,
  text: text(2000, 'Nội dung tiêu chí'),
  scoring: scoringSchema,
  evidenceHint: optionalText(1000),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const criteriaGroupSchema = z.object({
  code: criterionCode,
  title: text(500, 'Tên nhóm tiêu chí'),
  criteria: z.array(criterionSchema).min(1, 'Mỗi nhóm cần ít nhất một tiêu chí'),
});
export type CriteriaGroup = z.infer<typeof criteriaGroupSchema>;

export const catalogueContentSchema = z
  .object({
    title: text(300, 'Tên bộ tiêu chí'),
    description: optionalText(2000),
    groups: z.array(criteriaGroupSchema).min(1, 'Bộ tiêu chí cần ít nhất một nhóm').max(50),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.groups.forEach((group, g) =>
      group.criteria.forEach((criterion, c) => {
        if (seen.has(criterion.code)) {
          ctx.addIssue({ code: 'custom', path: ['groups', g, 'criteria', c, 'code'], message: `Mã tiêu chí ${criterion.code} bị trùng` });
        }
        seen.add(criterion.code);
      }),
    );
    if (seen.size > 200) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'Bộ tiêu chí có tối đa 200 tiêu chí' });
  });
export type CatalogueContent = z.infer<typeof catalogueContentSchema>;

export type CatalogueVersionStatus = 'draft' | 'published';

export interface CatalogueHead {
  catalogueId: string;
  title: string;
  latestVersion: number;
  latestStatus: CatalogueVersionStatus;
  publishedVersions: number[];
  criteriaCount: number;
  sample: boolean;
  version: number;
  updatedAt: string;
}

export interface CatalogueVersion {
  catalogueId: string;
  catalogueVersion: number;
  status: CatalogueVersionStatus;
  content: CatalogueContent;
  criteriaCount: number;
  createdAt: string;
  publishedAt?: string;
}

/** Every criterion of a catalogue in order, with its group. */
export function allCriteria(content: CatalogueContent): Array<Criterion & { groupCode: string }> {
  return content.groups.flatMap((g) => g.criteria.map((c) => ({ ...c, groupCode: g.code })));
}

export const importCatalogueInput = z.object({
  content: catalogueContentSchema,
  publish: z.boolean().default(false),
  ...createFields,
});
export const saveCatalogueDraftInput = z.object({
  catalogueId: entityId,
  content: catalogueContentSchema,
  ...mutationFields,
});
export const publishCatalogueInput = z.object({ catalogueId: entityId, ...mutationFields });
export const catalogueRefInput = z.object({
  catalogueId: entityId,
  catalogueVersion: z.number().int().positive().optional(),
});

import { z } from 'zod';
import { isoDate, optionalText, text } from '../common/fields.js';
import { wardCode } from '../tenancy/codes.js';

/** Who signs a commitment (ký cam kết), counted by kind. */
export const signatoryKinds = ['department', 'mass_organisation', 'residential_group', 'security_team', 'household'] as const;
export const signatoryKindLabels: Record<(typeof signatoryKinds)[number], string> = {
  department: 'Ban, ngành',
  mass_organisation: 'Đoàn thể',
  residential_group: 'Tổ dân phố/khu dân cư',
  security_team: 'Tổ bảo vệ ANTT',
  household: 'Hộ gia đình',
};

export const commitmentSigningSchema = z.object({
  wardId: wardCode,
  date: isoDate,
  contents: z.array(text(1000, 'Nội dung cam kết')).min(1, 'Cần ít nhất một nội dung cam kết').max(20),
  signatories: z
    .array(z.object({ kind: z.enum(signatoryKinds), count: z.number().int().min(1).max(100_000) }))
    .min(1, 'Cần ít nhất một nhóm bên ký'),
  notes: optionalText(4000),
});
export type CommitmentSigningFields = z.infer<typeof commitmentSigningSchema>;

/** How an opinion raised at a citizen forum was handled; resolved = remedied or answered. */
export const opinionSchema = z
  .object({
    text: text(2000, 'Ý kiến'),
    handling: z.enum(['pending', 'accepted', 'answered']),
    acceptedOn: isoDate.optional(),
    remediedOn: isoDate.optional(),
    answeredOn: isoDate.optional(),
  })
  .superRefine((o, ctx) => {
    if (o.handling === 'answered' && !o.answeredOn) ctx.addIssue({ code: 'custom', path: ['answeredOn'], message: 'Cần ngày trả lời' });
    if (o.handling === 'accepted' && !o.acceptedOn) ctx.addIssue({ code: 'custom', path: ['acceptedOn'], message: 'Cần ngày tiếp thu' });
  });
export type Opinion = z.infer<typeof opinionSchema>;

export const citizenForumSchema = z.object({
  wardId: wardCode,
  title: text(300, 'Tên diễn đàn').default('Công an lắng nghe ý kiến nhân dân'),
  date: isoDate,
  place: text(300, 'Địa điểm'),
  attendance: z.number().int().min(0).max(100_000),
  opinions: z.array(opinionSchema).max(500).default([]),
});
export type CitizenForumFields = z.infer<typeof citizenForumSchema>;

/** "3 opinions received and remedied" is computed from the opinions, never typed. */
export function opinionCounts(opinions: Opinion[]): { received: number; resolved: number; remedied: number; answered: number } {
  const remedied = opinions.filter((o) => o.handling === 'accepted' && o.remediedOn).length;
  const answered = opinions.filter((o) => o.handling === 'answered').length;
  return { received: opinions.length, resolved: remedied + answered, remedied, answered };
}

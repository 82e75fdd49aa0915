import { z } from 'zod';
import { entityId, isoDate, optionalText, text } from '../common/fields.js';
import { wardCode } from '../tenancy/codes.js';

/**
 * Review conferences (hội nghị sơ kết / tổng kết) over any period (1, 10, 15 years…), and the
 * yearly festival day (Ngày hội toàn dân bảo vệ ANTQ, 19 August) as an event of its own kind.
 */
export const conferenceKinds = ['interim', 'final', 'festival'] as const;
export const conferenceKindLabels: Record<(typeof conferenceKinds)[number], string> = {
  interim: 'Hội nghị sơ kết',
  final: 'Hội nghị tổng kết',
  festival: 'Ngày hội toàn dân bảo vệ ANTQ',
};

export const conferenceSubjects = ['movement', 'national_defence', 'campaign', 'programme', 'model'] as const;
export const conferenceSubjectLabels: Record<(typeof conferenceSubjects)[number], string> = {
  movement: 'Phong trào toàn dân bảo vệ ANTQ',
  national_defence: 'Xây dựng nền quốc phòng toàn dân',
  campaign: 'Chiến dịch',
  programme: 'Chương trình phối hợp',
  model: 'Mô hình',
};

export const reviewConferenceSchema = z
  .object({
    kind: z.enum(conferenceKinds),
    title: text(500, 'Tên hội nghị'),
    /**
     * A review conference held together with the festival day (Phường 1, 15/8/2022: "tổng kết 15 năm
     * … và hưởng ứng Ngày hội toàn dân bảo vệ ANTQ"): one event, one record, counted once as a
     * conference and once as a festival day.
     */
    alsoFestival: z.boolean().optional(),
    /** Held by the district (no ward) or by one ward. */
    wardId: wardCode.optional(),
    periodFromYear: z.number().int().min(1945).max(2100),
    periodToYear: z.number().int().min(1945).max(2100),
    subject: z.object({ type: z.enum(conferenceSubjects), refId: entityId.optional(), label: optionalText(300) }),
    date: isoDate,
    place: optionalText(300),
    participants: z.number().int().min(0).max(100_000),
    conclusions: optionalText(10_000),
  })
  .superRefine((c, ctx) => {
    if (c.periodToYear < c.periodFromYear) ctx.addIssue({ code: 'custom', path: ['periodToYear'], message: 'Năm kết thúc phải sau năm bắt đầu' });
  });
export type ReviewConferenceFields = z.infer<typeof reviewConferenceSchema>;

/** Whether an event is (also) the festival day, and whether it is (also) a review conference. */
export const isFestivalDay = (c: Pick<ReviewConferenceFields, 'kind' | 'alsoFestival'>): boolean => c.kind === 'festival' || c.alsoFestival === true;
export const isReviewConference = (c: Pick<ReviewConferenceFields, 'kind'>): boolean => c.kind !== 'festival';

/** "10-year review 2013–2023": the length of the period reviewed, counted as the sources count it. */
export const reviewedYears = (c: Pick<ReviewConferenceFields, 'periodFromYear' | 'periodToYear'>): number =>
  c.periodToYear - c.periodFromYear || 1;

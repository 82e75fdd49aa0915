import { reviewConferenceSchema } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { conferenceFormValues, type SubjectOption, subjectValue, toConferenceFields } from './conferenceForm';

const programme: SubjectOption = { value: 'programme:01M80RKM61TCA5EJBDCKGGSE7R', type: 'programme', refId: '01M80RKM61TCA5EJBDCKGGSE7R', label: '09/CTr-BCA-MTTW' };

describe('conference form', () => {
  it("records Quận Kiến An's 10-year review of 09/CTr-BCA-MTTW district-wide, the programme kept as its subject", () => {
    const values = {
      ...conferenceFormValues(undefined, '', { subject: programme.value, periodFromYear: 2013, periodToYear: 2023 }),
      kind: 'final' as const,
      title: 'Hội nghị tổng kết 10 năm thực hiện Chương trình phối hợp 09/CTr-BCA-MTTW',
      date: '2023-05-30',
      participants: 150,
    };
    const fields = toConferenceFields(values, programme);
    expect(fields).toEqual({
      kind: 'final',
      title: values.title,
      periodFromYear: 2013,
      periodToYear: 2023,
      subject: { type: 'programme', refId: programme.refId, label: '09/CTr-BCA-MTTW' },
      date: '2023-05-30',
      participants: 150,
    });
    expect(reviewConferenceSchema.safeParse(fields).success).toBe(true);
  });

  it('Phường 1, 15/8/2022: a final review held as the festival day is one record flagged as both; a festival day is never flagged', () => {
    const base = { ...conferenceFormValues(undefined, '19600'), kind: 'final' as const, alsoFestival: true, title: 'Tổng kết 15 năm và hưởng ứng Ngày hội', date: '2022-08-15', periodFromYear: 2007, periodToYear: 2022, participants: 200 };
    expect(toConferenceFields(base, undefined)).toMatchObject({ kind: 'final', alsoFestival: true });
    expect(toConferenceFields({ ...base, kind: 'festival' }, undefined)).not.toHaveProperty('alsoFestival');
    const subject = { value: 'national_defence', type: 'national_defence' as const, label: 'Xây dựng nền quốc phòng toàn dân' };
    expect(toConferenceFields(base, subject).subject).toEqual({ type: 'national_defence' });
  });

  it('reviews the movement when nothing else is chosen, and reads a subject back as the same choice', () => {
    const fields = toConferenceFields(conferenceFormValues(undefined, '14785'), undefined);
    expect(fields.subject).toEqual({ type: 'movement' });
    expect(fields.wardId).toBe('14785');
    expect(subjectValue({ type: 'movement' })).toBe('movement');
    expect(subjectValue({ type: 'programme', refId: 'X' })).toBe('programme:X');
  });
});

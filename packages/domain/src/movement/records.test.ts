import { describe, expect, it } from 'vitest';
import { reviewedYears } from './conferences.js';
import { citizenForumSchema, opinionCounts } from './records.js';

describe('citizen forum opinions', () => {
  it('counts received and resolved opinions from their handling (Phường Đông Sơn: 3 received and remedied)', () => {
    const forum = citizenForumSchema.parse({
      wardId: '14785',
      date: '2019-08-28',
      place: 'Hội trường UBND phường',
      attendance: 120,
      opinions: [
        { text: 'Đèn đường hỏng', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-09-05' },
        { text: 'Tụ tập gây ồn', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-09-10' },
        { text: 'Thủ tục cư trú', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-08-30' },
      ],
    });
    expect(forum.title).toBe('Công an lắng nghe ý kiến nhân dân');
    expect(opinionCounts(forum.opinions)).toEqual({ received: 3, resolved: 3, remedied: 3, answered: 0 });
  });

  it('does not count an accepted opinion as resolved until it is remedied', () => {
    expect(opinionCounts([{ text: 'x', handling: 'accepted', acceptedOn: '2023-01-01' }, { text: 'y', handling: 'answered', answeredOn: '2023-01-02' }, { text: 'z', handling: 'pending' }])).toEqual({
      received: 3,
      resolved: 1,
      remedied: 0,
      answered: 1,
    });
  });

  it('requires the date that goes with a handling', () => {
    const r = citizenForumSchema.safeParse({ wardId: '14785', date: '2019-08-28', place: 'x', attendance: 1, opinions: [{ text: 'x', handling: 'answered' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['opinions', 0, 'answeredOn'], message: 'Cần ngày trả lời' });
  });
});

describe('review conferences', () => {
  it('name the length of the period reviewed as the sources do (2013–2023 is a 10-year review)', () => {
    expect(reviewedYears({ periodFromYear: 2013, periodToYear: 2023 })).toBe(10);
    expect(reviewedYears({ periodFromYear: 2007, periodToYear: 2022 })).toBe(15);
    expect(reviewedYears({ periodFromYear: 2023, periodToYear: 2023 })).toBe(1);
  });
});

import { citizenForumSchema } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { blankForumProblems, emptyOpinion, type ForumFormValues, formCounts, toForumFields } from './forumForm';

const remedied = (text: string, day: string) => ({ ...emptyOpinion(), text, handling: 'accepted' as const, acceptedOn: '2019-08-28', remediedOn: day, answeredOn: '2019-09-01' });

const values: ForumFormValues = {
  wardId: '14785',
  title: '',
  date: '2019-08-28',
  place: 'Hội trường UBND phường',
  attendance: 120,
  opinions: [remedied('Đèn đường hỏng', '2019-09-05'), remedied('Tụ tập gây ồn', '2019-09-10'), remedied('Thủ tục cư trú', '2019-08-30')],
};

describe('citizen forum form', () => {
  it('counts 3 opinions received and resolved once remedied (Phường Đông Sơn)', () => {
    expect(formCounts(values)).toMatchObject({ received: 3, resolved: 3 });
    const pending = { ...values, opinions: [{ ...values.opinions[0]!, remediedOn: '' }, ...values.opinions.slice(1)] };
    expect(formCounts(pending)).toMatchObject({ received: 3, resolved: 2 });
  });

  it('sends only the dates the handling uses, and the default title when none is typed', () => {
    const fields = toForumFields(values);
    expect(fields.title).toBe('Công an lắng nghe ý kiến nhân dân');
    expect(fields.opinions![0]).toEqual({ text: 'Đèn đường hỏng', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-09-05' });
    expect(citizenForumSchema.safeParse(fields).success).toBe(true);
  });

  it('asks for the blank required fields by their path', () => {
    const blank = blankForumProblems({ ...values, place: ' ', attendance: '', opinions: [emptyOpinion()] }, 'x');
    expect(Object.keys(blank).sort()).toEqual(['attendance', 'opinions.0.text', 'place']);
  });
});

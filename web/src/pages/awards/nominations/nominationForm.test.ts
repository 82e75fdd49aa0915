import { nominationFieldsSchema } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import type { NominationOutput } from '../types';
import { blankNominationProblems, nominationFormValues, toNominationFields } from './nominationForm';
import { DISTRICT_FILTER, filterNominations } from './nominationFilters';

const periodDefault = (from: number, to: number) => (from === to ? `Năm ${from}` : `Giai đoạn ${from}–${to}`);

describe('a nomination typed in the form', () => {
  it('sends a collective of a ward for a period, named by its years when left unnamed', () => {
    const v = { ...nominationFormValues(undefined, '11449'), name: 'Tổ dân phố 5 phường Bắc Sơn', summary: 'Dẫn đầu phong trào năm 2024', fromYear: 2024, toYear: 2024, formCode: 'giay-khen-chu-tich-ubnd-huyen' } as const;
    const fields = toNominationFields({ ...v }, undefined, periodDefault);
    expect(fields).toEqual({
      wardId: '11449',
      recipient: { kind: 'collective', name: 'Tổ dân phố 5 phường Bắc Sơn' },
      achievement: { summary: 'Dẫn đầu phong trào năm 2024', subject: { type: 'period', label: 'Năm 2024', fromYear: 2024, toYear: 2024 } },
      proposedFormCode: 'giay-khen-chu-tich-ubnd-huyen',
      attachments: [],
    });
    expect(nominationFieldsSchema.safeParse(fields).success).toBe(true);
  });

  it('keeps only the chosen kind’s fields, and a programme with its number as its name', () => {
    const v = {
      ...nominationFormValues(undefined, ''),
      kind: 'individual' as const,
      name: 'Trần Văn Bình',
      collectiveType: 'left from the collective',
      unit: 'Công an phường Bắc Sơn',
      birthYear: 1970 as const,
      summary: 'x',
      subjectType: 'programme' as const,
      subjectRef: '01J0000000000000000000000P',
      fromYear: 2013 as const,
      toYear: 2023 as const,
      formCode: 'bang-khen-bo-truong-bca',
    };
    const fields = toNominationFields(v, '09/CTr-BCA-MTTW', periodDefault);
    expect(fields.wardId).toBeUndefined();
    expect(fields.recipient).toEqual({ kind: 'individual', name: 'Trần Văn Bình', unit: 'Công an phường Bắc Sơn', birthYear: 1970 });
    expect(fields.achievement.subject).toEqual({ type: 'programme', refId: '01J0000000000000000000000P', label: '09/CTr-BCA-MTTW', fromYear: 2013, toYear: 2023 });
  });

  it('asks for what is blank, at the paths the API uses', () => {
    const v = { ...nominationFormValues(undefined, ''), kind: 'household' as const, subjectType: 'campaign' as const };
    expect(Object.keys(blankNominationProblems(v, 'Vui lòng điền mục này')).sort()).toEqual([
      'achievement.subject.fromYear',
      'achievement.subject.refId',
      'achievement.subject.toYear',
      'achievement.summary',
      'proposedFormCode',
      'recipient.address',
      'recipient.name',
    ]);
  });
});

describe('the nominations list', () => {
  const n = (id: string, status: NominationOutput['status'], wardId: string | undefined, updatedAt: string) =>
    ({ nominationId: id, status, updatedAt, fields: { wardId } }) as unknown as NominationOutput;
  const all = [n('a', 'submitted', '11449', '2024-12-01'), n('b', 'draft', undefined, '2024-12-03'), n('c', 'submitted', '11452', '2024-12-02')];
  it('filters by status and by ward or the district itself, latest first', () => {
    expect(filterNominations(all, {}).map((x) => x.nominationId)).toEqual(['b', 'c', 'a']);
    expect(filterNominations(all, { status: 'submitted' }).map((x) => x.nominationId)).toEqual(['c', 'a']);
    expect(filterNominations(all, { wardId: DISTRICT_FILTER }).map((x) => x.nominationId)).toEqual(['b']);
    expect(filterNominations(all, { wardId: '11449' }).map((x) => x.nominationId)).toEqual(['a']);
  });
});

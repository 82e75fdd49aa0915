import { programmeSchema } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { blankProgrammeProblems, programmeFormValues, toProgrammeFields } from './programmeForm';

describe('programme form', () => {
  it('starts with a police and a Front party, so number, title and years are enough to save', () => {
    const values = { ...programmeFormValues(), documentNumber: '09/CTr-BCA-MTTW', title: 'Chương trình phối hợp', nationalFromYear: 2013, nationalToYear: 2023 };
    expect(values.parties.map((p) => [p.side, p.name])).toEqual([
      ['police', 'Công an'],
      ['front', 'Mặt trận Tổ quốc'],
    ]);
    expect(blankProgrammeProblems(values, 'x')).toEqual({});
    const fields = toProgrammeFields(values);
    expect(fields).toEqual({
      documentNumber: '09/CTr-BCA-MTTW',
      title: 'Chương trình phối hợp',
      parties: [
        { side: 'police', name: 'Công an' },
        { side: 'front', name: 'Mặt trận Tổ quốc' },
      ],
      nationalFromYear: 2013,
      nationalToYear: 2023,
    });
    expect(programmeSchema.safeParse(fields).success).toBe(true);
  });

  it('asks for the years and the number when they are blank', () => {
    expect(Object.keys(blankProgrammeProblems(programmeFormValues(), 'x')).sort()).toEqual(['documentNumber', 'nationalFromYear', 'nationalToYear', 'title']);
  });
});

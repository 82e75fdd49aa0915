import { describe, expect, it } from 'vitest';
import type { NominationOutput } from '../types';
import { chosenLines, newDecisionValues, placeOf, splitLineProblems } from './decisionForm';

const nomination = (id: string, formCode: string) => ({ nominationId: id, fields: { proposedFormCode: formCode } }) as unknown as NominationOutput;
const accepted = [nomination('A', 'giay-khen-chu-tich-ubnd-huyen'), nomination('B', 'tap-the-lao-dong-tien-tien'), nomination('C', 'giay-khen-chu-tich-ubnd-huyen')];

describe('a new award decision', () => {
  it("starts as the district's People's Committee issues it, every line with its proposed form", () => {
    const v = newDecisionValues('Quận Kiến An', accepted, { issuingBody: (d) => `Ủy ban nhân dân ${d}`, signerTitle: 'Chủ tịch' });
    expect(v).toMatchObject({ authorityLevel: 'district', issuingBody: 'Ủy ban nhân dân quận Kiến An', place: 'Kiến An', signerTitle: 'Chủ tịch' });
    const dongHoi = newDecisionValues('Thành Phố Đồng Hới', accepted, { issuingBody: (d) => `Ủy ban nhân dân ${d}`, signerTitle: 'Chủ tịch' });
    expect(dongHoi).toMatchObject({ issuingBody: 'Ủy ban nhân dân thành phố Đồng Hới', place: 'Đồng Hới' });
    expect(v.lines.B).toEqual({ chosen: false, formCode: 'tap-the-lao-dong-tien-tien' });
    expect(placeOf('Thành phố Đồng Hới')).toBe('Đồng Hới');
    expect(placeOf('Huyện Cô Tô')).toBe('Cô Tô');
  });

  it('sends the chosen lines in the order listed', () => {
    const v = newDecisionValues('Quận Kiến An', accepted, { issuingBody: (d) => d, signerTitle: 'Chủ tịch' });
    v.lines.C = { chosen: true, formCode: 'giay-khen-chu-tich-ubnd-huyen' };
    v.lines.A = { chosen: true, formCode: 'bang-khen-chu-tich-ubnd-tinh' };
    expect(chosenLines(v, accepted)).toEqual([
      { nominationId: 'A', formCode: 'bang-khen-chu-tich-ubnd-tinh' },
      { nominationId: 'C', formCode: 'giay-khen-chu-tich-ubnd-huyen' },
    ]);
  });

  it("puts the API's line problems on the nominations they are about", () => {
    const late = '“Giấy khen của Chủ tịch UBND quận/huyện” không còn được ban hành sau ngày 30/06/2025';
    const { byNomination, rest } = splitLineProblems({ 'lines.1.formCode': [late], 'lines.0': ['x'], date: ['Ngày không hợp lệ'], lines: ['Quá nhiều dòng'] }, ['C', 'A']);
    expect(byNomination).toEqual({ A: [late], C: ['x'] });
    expect(rest).toEqual({ date: ['Ngày không hợp lệ'], lines: ['Quá nhiều dòng'] });
  });
});

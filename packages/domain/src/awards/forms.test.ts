import { describe, expect, it } from 'vitest';
import { awardFormSchema, formIssueProblem } from './forms.js';

const districtCertificate = awardFormSchema.parse({
  code: 'giay-khen-chu-tich-ubnd-huyen',
  name: 'Giấy khen của Chủ tịch UBND quận/huyện',
  kind: 'certificate',
  level: 'district',
  issuer: 'Chủ tịch UBND quận/huyện',
  recipients: ['collective', 'individual', 'household'],
  validFrom: '2004-01-01',
  validTo: '2025-06-30',
});

describe('award forms are effective-dated and bound to an authority', () => {
  it('a district certificate can be issued by the district within its dates (Quận Kiến An, 30/5/2023)', () => {
    expect(formIssueProblem(districtCertificate, '2023-05-30', 'district')).toBeUndefined();
  });

  it('not after the district level ended on 30/6/2025', () => {
    expect(formIssueProblem(districtCertificate, '2025-07-01', 'district')).toBe('“Giấy khen của Chủ tịch UBND quận/huyện” không còn được ban hành sau ngày 30/06/2025');
  });

  it('not by another authority', () => {
    expect(formIssueProblem(districtCertificate, '2023-05-30', 'ward')).toMatch(/không thuộc thẩm quyền cấp xã/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { awardFormSchema, formIssueProblem } from './forms.js';

// The seeded catalogue of award forms (services/api/data/award-forms.json) is valid and tells the rules the sources state.
const file = JSON.parse(readFileSync(new URL('../../../../services/api/data/award-forms.json', import.meta.url), 'utf8')) as { forms: unknown[] };
const forms = file.forms.map((f) => awardFormSchema.parse(f));
const form = (code: string) => forms.find((f) => f.code === code)!;

describe('the seeded award forms', () => {
  it('are valid and unique', () => {
    expect(new Set(forms.map((f) => f.code)).size).toBe(forms.length);
  });

  it('give the commemorative medal once per person, to individuals only', () => {
    expect(form('ky-niem-chuong-bao-ve-antq')).toMatchObject({ oncePerPerson: true, recipients: ['individual'], level: 'ministry' });
  });

  it('end district-level awards with the district level (30/6/2025) and keep Kiến An’s 2023 Giấy khen issuable', () => {
    expect(formIssueProblem(form('giay-khen-chu-tich-ubnd-huyen'), '2023-05-30', 'district')).toBeUndefined();
    expect(formIssueProblem(form('giay-khen-chu-tich-ubnd-huyen'), '2025-07-01', 'district')).toBeDefined();
  });
});

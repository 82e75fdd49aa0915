import { describe, expect, it } from 'vitest';
import { mayEnterPaper, paperEntryPath, receivedOnIssue, splitReceivedOnProblems } from './paperEntry';

describe('paper entry', () => {
  it('is offered while the ward has not sent the part, or after a return, in an opened campaign', () => {
    expect(mayEnterPaper('open', 'not_started')).toBe(true);
    expect(mayEnterPaper('open', 'draft')).toBe(true);
    expect(mayEnterPaper('closed', 'returned')).toBe(true);
    expect(mayEnterPaper('open', 'submitted')).toBe(false);
    expect(mayEnterPaper('open', 'approved')).toBe(false);
    expect(mayEnterPaper('draft', 'not_started')).toBe(false);
  });

  it('needs the day it was received, a real date not after today', () => {
    expect(receivedOnIssue('', '2026-05-01')).toBe('required');
    expect(receivedOnIssue('31/02/2023', '2026-05-01')).toBe('invalid');
    expect(receivedOnIssue('2026-05-02', '2026-05-01')).toBe('future');
    expect(receivedOnIssue('2026-05-01', '2026-05-01')).toBeUndefined();
    expect(receivedOnIssue('2023-04-20', '2026-05-01')).toBeUndefined();
  });

  it('has its own address under the ward of the campaign', () => {
    expect(paperEntryPath('C1', '18880', 'plan')).toBe('/campaigns/C1/wards/18880/paper/plan');
  });

  it("puts the API's refusal of the date on the date field, and leaves the content's problems to the editor", () => {
    expect(splitReceivedOnProblems({ receivedOn: ['Ngày nhận hồ sơ không được sau ngày hôm nay'] })).toEqual({ receivedOn: 'Ngày nhận hồ sơ không được sau ngày hôm nay', onlyDate: true });
    expect(splitReceivedOnProblems({ 'content.activities': ['Cần ít nhất một hoạt động'] })).toEqual({ onlyDate: false });
    expect(splitReceivedOnProblems({ receivedOn: ['x'], 'entries.3.value': ['y'] })).toEqual({ receivedOn: 'x', onlyDate: false });
  });
});

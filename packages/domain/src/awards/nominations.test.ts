import { describe, expect, it } from 'vitest';
import { achievementKey, recipientKey } from './nominations.js';

const subject = { type: 'programme' as const, refId: '01HZY3W0G6Q6J2B8Z5X1V9K7M4', fromYear: 2013, toYear: 2023 };

describe('the same achievement, however it is typed', () => {
  it('ignores case, spacing and diacritics in names', () => {
    const a = recipientKey({ kind: 'individual', name: 'Nguyễn  Văn Hải', unit: 'Công an phường Bắc Sơn', birthYear: 1980 });
    const b = recipientKey({ kind: 'individual', name: 'nguyen van hai', unit: 'CA phường Bắc Sơn', birthYear: 1980 });
    expect(a).toBe(b);
  });

  it('differs by subject and period', () => {
    const r = { kind: 'collective' as const, name: 'Phường Bắc Sơn' };
    expect(achievementKey(r, { summary: 'x', subject })).toBe(achievementKey(r, { summary: 'y', subject }));
    expect(achievementKey(r, { summary: 'x', subject })).not.toBe(achievementKey(r, { summary: 'x', subject: { ...subject, fromYear: 2023, toYear: 2033 } }));
  });
});

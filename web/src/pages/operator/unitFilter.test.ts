import { describe, expect, it } from 'vitest';
import { matchesWords, vietnameseFilter } from './unitFilter';

describe('searching units by name', () => {
  it('finds a name by its words typed without diacritics, in any order', () => {
    expect(matchesWords('Thị xã Ba Đồn — 16 phường/xã', 'ba don')).toBe(true);
    expect(matchesWords('Tỉnh Quảng Bình', 'binh quang')).toBe(true);
    expect(matchesWords('Thành Phố Đồng Hới', 'dong hoi')).toBe(true);
    expect(matchesWords('Huyện Bố Trạch', 'ba don')).toBe(false);
    expect(matchesWords('Huyện Bố Trạch', '')).toBe(true);
  });

  it('filters a Select’s options', () => {
    const options = [
      { value: '458', label: 'Thị xã Ba Đồn' },
      { value: '450', label: 'Thành Phố Đồng Hới' },
    ];
    expect(vietnameseFilter({ options, search: 'dong hoi', limit: 100 }).map((o) => ('value' in o ? o.value : ''))).toEqual(['450']);
  });
});

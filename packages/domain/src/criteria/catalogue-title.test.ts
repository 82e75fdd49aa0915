import { describe, expect, it } from 'vitest';
import { catalogueWithCount } from './catalogue-title.js';

describe('a criteria set named with its count', () => {
  it('adds the count once', () => {
    expect(catalogueWithCount('Bộ tiêu chí phường, xã an toàn về an ninh, trật tự', 34)).toBe('Bộ tiêu chí phường, xã an toàn về an ninh, trật tự, 34 tiêu chí');
    expect(catalogueWithCount('(Mẫu) Xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ — 34 tiêu chí', 34)).toBe(
      '(Mẫu) Xã, phường, thị trấn điển hình về phong trào toàn dân bảo vệ ANTQ — 34 tiêu chí',
    );
    expect(catalogueWithCount('Bộ 22 tiêu chí Công an phường điển hình', 22)).toBe('Bộ 22 tiêu chí Công an phường điển hình');
  });

  it('adds it when the title counts something else', () => {
    expect(catalogueWithCount('Bộ tiêu chí 2024 (sửa đổi)', 34, ' — ')).toBe('Bộ tiêu chí 2024 (sửa đổi) — 34 tiêu chí');
    expect(catalogueWithCount('Mẫu 134 tiêu chí', 34)).toBe('Mẫu 134 tiêu chí, 34 tiêu chí');
  });
});

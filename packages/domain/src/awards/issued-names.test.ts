import { describe, expect, it } from 'vitest';
import { formNameIssuedBy, sharedAchievement } from './issued-names.js';

describe('award form names as a decision awards them', () => {
  it('names the issuing committee instead of the generic one', () => {
    expect(formNameIssuedBy('Giấy khen của Chủ tịch UBND quận/huyện', 'Ủy ban nhân dân quận Kiến An')).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân quận Kiến An');
    expect(formNameIssuedBy('Giấy khen của Chủ tịch UBND xã/phường', 'Ủy ban nhân dân phường Đông Sơn')).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân phường Đông Sơn');
    expect(formNameIssuedBy('Giấy khen của Chủ tịch UBND quận/huyện', 'UBND Thành Phố Đồng Hới')).toBe('Giấy khen của Chủ tịch Ủy ban nhân dân thành phố Đồng Hới');
    expect(formNameIssuedBy('Cờ thi đua của UBND tỉnh/thành phố', 'Ủy ban nhân dân thành phố Hải Phòng')).toBe('Cờ thi đua của Ủy ban nhân dân thành phố Hải Phòng');
  });

  it('leaves names without a generic committee, and bodies that are not committees, alone', () => {
    expect(formNameIssuedBy('Bằng khen của Bộ trưởng Bộ Công an', 'Bộ Công an')).toBe('Bằng khen của Bộ trưởng Bộ Công an');
    expect(formNameIssuedBy('Danh hiệu "Lao động tiên tiến" (cấp huyện)', 'Ủy ban nhân dân quận Kiến An')).toBe('Danh hiệu "Lao động tiên tiến" (cấp huyện)');
    expect(formNameIssuedBy('Giấy khen của Chủ tịch UBND quận/huyện', 'Công an quận Kiến An')).toBe('Giấy khen của Chủ tịch UBND quận/huyện');
  });

  it('says what the awards are for when every line shares it', () => {
    const p09 = { type: 'programme' as const, label: '09/CTr-BCA-MTTW', fromYear: 2013, toYear: 2023 };
    expect(sharedAchievement([p09, { ...p09 }])).toBe('đã có thành tích xuất sắc trong thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giai đoạn 2013–2023');
    expect(sharedAchievement([{ ...p09, label: 'Chương trình phối hợp số 09/CTr-BCA-MTTW' }])).toBe(
      'đã có thành tích xuất sắc trong thực hiện Chương trình phối hợp số 09/CTr-BCA-MTTW giai đoạn 2013–2023',
    );
    expect(sharedAchievement([{ type: 'period', fromYear: 2024, toYear: 2024 }])).toBe('đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024');
    expect(sharedAchievement([p09, { type: 'period', fromYear: 2024, toYear: 2024 }])).toBeUndefined();
    expect(sharedAchievement([p09, undefined])).toBeUndefined();
    expect(sharedAchievement([])).toBeUndefined();
  });
});

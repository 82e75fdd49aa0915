import { describe, expect, it } from 'vitest';
import { bodyInProse, isPeoplesBody, unitInProse, unitLabel, unitNameParts, unitOfBody, unitPlace } from './unit-names.js';

describe('unit names in documents (Nghị định 30/2020, Phụ lục II)', () => {
  it('writes the level in lower case inside a sentence, whatever the catalogue casing', () => {
    expect(unitInProse('Thành Phố Đồng Hới')).toBe('thành phố Đồng Hới');
    expect(unitInProse('Thành phố Đồng Hới')).toBe('thành phố Đồng Hới');
    expect(unitInProse('Quận Kiến An')).toBe('quận Kiến An');
    expect(unitInProse('Phường Đông Sơn')).toBe('phường Đông Sơn');
    expect(unitInProse('Thị Xã Quảng Trị')).toBe('thị xã Quảng Trị');
    expect(unitInProse('Thị trấn Cô Tô')).toBe('thị trấn Cô Tô');
    expect(unitInProse('Tỉnh Quảng Bình')).toBe('tỉnh Quảng Bình');
    expect(unitInProse('Xã Bảo Ninh')).toBe('xã Bảo Ninh');
    expect(unitInProse('Kiến An')).toBe('Kiến An');
  });

  it('keeps the capital of a level before a number and of a fixed spelling', () => {
    expect(unitInProse('Phường 1')).toBe('Phường 1');
    expect(unitInProse('Quận 1')).toBe('Quận 1');
    expect(unitInProse('Thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
    expect(unitNameParts('Phường 1')).toEqual({ level: 'phường', proper: '1', capitalLevel: true });
    expect(unitLabel('Thành Phố Đồng Hới')).toBe('Thành phố Đồng Hới');
    expect(unitLabel('Phường 1')).toBe('Phường 1');
  });

  it('dates documents at the proper name, or the full name of a numbered unit', () => {
    expect(unitPlace('Thành Phố Đồng Hới')).toBe('Đồng Hới');
    expect(unitPlace('Quận Kiến An')).toBe('Kiến An');
    expect(unitPlace('Kiến An')).toBe('Kiến An');
    expect(unitPlace('Phường 1')).toBe('Phường 1');
    expect(unitPlace('Thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('writes a body named after its unit with the organ in full and the unit in prose style', () => {
    expect(bodyInProse('Ủy ban nhân dân Thành Phố Đồng Hới')).toBe('Ủy ban nhân dân thành phố Đồng Hới');
    expect(bodyInProse('UBND quận Kiến An')).toBe('Ủy ban nhân dân quận Kiến An');
    expect(bodyInProse('Uỷ ban nhân dân  phường Đông Sơn')).toBe('Ủy ban nhân dân phường Đông Sơn');
    expect(bodyInProse('Công an Thị Xã Quảng Trị')).toBe('Công an thị xã Quảng Trị');
    expect(bodyInProse('Ủy ban nhân dân Phường 1')).toBe('Ủy ban nhân dân Phường 1');
    expect(bodyInProse('Bộ Công an')).toBe('Bộ Công an');
    expect(unitOfBody('UBND Thành Phố Đồng Hới')).toBe('thành phố Đồng Hới');
    expect(unitOfBody('Bộ Công an')).toBeUndefined();
  });

  it("tells People's Committees and Councils from other bodies", () => {
    expect(isPeoplesBody('Ủy ban nhân dân quận Kiến An')).toBe(true);
    expect(isPeoplesBody('UBND phường Đông Sơn')).toBe(true);
    expect(isPeoplesBody('HĐND thành phố Hải Phòng')).toBe(true);
    expect(isPeoplesBody('Công an quận Kiến An')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('makes a safe file name from a Vietnamese title', () => {
    expect(fileNameOf('(Mẫu) Xã, phường điển hình — 34 tiêu chí', 'xlsx')).toBe('mau-xa-phuong-dien-hinh-34-tieu-chi.xlsx');
    expect(fileNameOf('Đồng Hới', 'json')).toBe('dong-hoi.json');
    expect(fileNameOf('***', 'json')).toBe('tep.json');
    expect(fileNameOf('tu-danh-gia Xây dựng phường điển hình về phong trào toàn dân bảo vệ ANTQ năm 2023', 'xlsx')).toBe(
      'tu-danh-gia-xay-dung-phuong-dien-hinh-ve-phong-trao-toan-dan-bao-ve-antq-nam.xlsx',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { asciiFileName, attachment, requestedFormat } from './files.js';

describe('pulled files', () => {
  it('names a download in ASCII and in Vietnamese', () => {
    expect(asciiFileName('Báo cáo Quận Kiến An năm 2026')).toBe('bao-cao-quan-kien-an-nam-2026');
    expect(attachment('Quyết định 215/QĐ-UBND', 'docx')).toBe(
      `attachment; filename="quyet-dinh-215-qd-ubnd.docx"; filename*=UTF-8''${encodeURIComponent('Quyết định 215-QĐ-UBND.docx')}`,
    );
    expect(decodeURIComponent(attachment('Báo cáo tổng hợp Thành phố Hải Phòng năm 2026', 'xlsx').split("UTF-8''")[1]!)).toBe(
      'Báo cáo tổng hợp Thành phố Hải Phòng năm 2026.xlsx',
    );
  });

  it('reads the format from the query, then from Accept', () => {
    expect(requestedFormat('docx', 'text/csv')).toBe('docx');
    expect(requestedFormat(undefined, 'text/csv')).toBe('csv');
    expect(requestedFormat(undefined, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('xlsx');
    expect(requestedFormat(undefined, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx');
    expect(requestedFormat(undefined, 'application/json')).toBe('json');
    expect(requestedFormat(undefined, undefined)).toBe('json');
  });
});

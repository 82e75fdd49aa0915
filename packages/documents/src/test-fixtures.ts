import type { DecisionDocumentInput, DecisionLine } from './decision.js';

export const formCode = 'giay-khen-chu-tich-ubnd-huyen';

const collectives = [
  'Công an phường Bắc Sơn',
  'Ủy ban MTTQ phường Trần Thành Ngọ',
  'Công an phường Đồng Hòa',
  'Ủy ban MTTQ phường Lãm Hà',
  'Công an phường Nam Sơn',
  'Tổ dân phố số 3, phường Ngọc Sơn',
  'Công an phường Quán Trữ',
  'Ủy ban MTTQ phường Tràng Minh',
  'Công an phường Văn Đẩu',
  'Hội Cựu chiến binh phường Phù Liễn',
  'Đoàn Thanh niên phường Bắc Sơn',
  'Đội Cảnh sát quản lý hành chính về trật tự xã hội, Công an quận Kiến An',
];

const individuals: Array<[string, string, string]> = [
  ['Nguyễn Văn Hùng', 'Trưởng Công an phường', 'Công an phường Bắc Sơn'],
  ['Trần Thị Lan', 'Chủ tịch Ủy ban MTTQ phường', 'Ủy ban MTTQ phường Trần Thành Ngọ'],
  ['Phạm Đức Thắng', 'Tổ trưởng tổ dân phố số 5', 'phường Đồng Hòa'],
  ['Vũ Minh Tuấn', 'Phó Trưởng Công an phường', 'Công an phường Lãm Hà'],
  ['Lê Thị Hồng', 'Trưởng ban công tác Mặt trận', 'tổ dân phố Phương Khê, phường Nam Sơn'],
  ['Đỗ Văn Khải', 'Cảnh sát khu vực', 'Công an phường Ngọc Sơn'],
  ['Hoàng Thị Mai', 'Bí thư Chi đoàn', 'tổ dân phố số 2, phường Quán Trữ'],
  ['Bùi Quang Huy', 'Đội trưởng Đội dân phòng', 'phường Tràng Minh'],
  ['Ngô Thị Thu Hà', 'Cán bộ Hội Liên hiệp Phụ nữ', 'phường Văn Đẩu'],
  ['Đặng Văn Long', 'Tổ viên tổ an ninh tự quản', 'tổ dân phố số 1, phường Phù Liễn'],
];

export const revokedName = 'Vũ Minh Tuấn';

export function kienAnDecision(): DecisionDocumentInput {
  const lines: DecisionLine[] = [
    ...collectives.map((name, i): DecisionLine => ({
      outcomeId: `o-c${i}`,
      nominationId: `n-c${i}`,
      formCode,
      wardId: `ward-${i % 10}`,
      recipient: { kind: 'collective', name },
    })),
    ...individuals.map(([name, position, unit], i): DecisionLine => ({
      outcomeId: `o-i${i}`,
      nominationId: `n-i${i}`,
      formCode,
      recipient: { kind: 'individual', name, position, unit },
      ...(name === revokedName
        ? { revoked: { number: '312/QĐ-UBND', date: '2023-09-15', issuingBody: 'Ủy ban nhân dân quận Kiến An', reason: 'Khai man thành tích' } }
        : {}),
    })),
  ];
  return {
    decision: {
      decisionId: 'd-215',
      fields: {
        authorityLevel: 'district',
        issuingBody: 'Ủy ban nhân dân quận Kiến An',
        number: '215/QĐ-UBND',
        date: '2023-05-30',
        place: 'Kiến An',
        signer: { name: 'Nguyễn Văn Thành', title: 'Chủ tịch' },
      },
      lines,
    },
    forms: [{ code: formCode, name: 'Giấy khen của Chủ tịch UBND quận/huyện' }],
    parentBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
    achievementFor: 'đã có thành tích xuất sắc trong 10 năm thực hiện Chương trình phối hợp 09/CTr-BCA-MTTW (2013–2023)',
    recipients: ['Như Điều 3', 'UBND thành phố (để b/c)', 'Công an thành phố (để b/c)', 'Ban Thi đua - Khen thưởng thành phố'],
  };
}

export const collectiveNames = collectives;
export const individualNames = individuals.map(([name]) => name);

const dongSon = 'phường Đông Sơn';
const dongSonCollectives: Array<[string, string]> = [
  ['Công an phường Đông Sơn', 'Công an phường'],
  ['Ủy ban MTTQ phường Đông Sơn', 'Mặt trận Tổ quốc'],
  ['Hội Cựu chiến binh phường Đông Sơn', 'Đoàn thể'],
  ['Đoàn Thanh niên phường Đông Sơn', 'Đoàn thể'],
  ['Tổ dân phố số 3, phường Đông Sơn', 'Tổ dân phố'],
  ['Tổ bảo vệ an ninh, trật tự tổ dân phố số 7, phường Đông Sơn', 'Tổ bảo vệ ANTT'],
];
// The first individuals of the story's 31 (names invented, as in the demo); the count is made up below.
const dongSonPeople: Array<[string, number, string, string]> = [
  ['Lê Văn Thành', 1976, 'Trưởng Công an phường', `Công an ${dongSon}`],
  ['Nguyễn Thị Hoa', 1968, 'Chủ tịch Ủy ban MTTQ phường', `Ủy ban MTTQ ${dongSon}`],
  ['Trịnh Văn Dũng', 1985, 'Phó Trưởng Công an phường', `Công an ${dongSon}`],
];

/**
 * Phường Đông Sơn (Thành phố Thanh Hóa), 28/8/2019: decision 85/QĐ-UBND by the ward chair, the
 * ward's Giấy khen to 6 collectives and 31 individuals after the 10-year review. The ward was
 * registered as the catalogue spells it, so the issuing body arrives as "UBND Phường Đông Sơn".
 */
export function dongSonDecision(): DecisionDocumentInput {
  const code = 'giay-khen-chu-tich-ubnd-xa';
  const people = Array.from({ length: 31 }, (_, i): [string, number, string, string] => dongSonPeople[i] ?? [`Cá nhân số ${i + 1}`, 1960 + i, 'Tổ viên tổ an ninh tự quản', `Tổ dân phố số ${(i % 10) + 1}, ${dongSon}`]);
  return {
    decision: {
      decisionId: 'd-85',
      fields: {
        authorityLevel: 'ward',
        issuingBody: 'UBND Phường Đông Sơn',
        number: '85/QĐ-UBND',
        date: '2019-08-28',
        place: 'Phường Đông Sơn',
        signer: { name: 'Nguyễn Đình Tuấn', title: 'Chủ tịch' },
      },
      lines: [
        ...dongSonCollectives.map(([name, collectiveType], i): DecisionLine => ({
          outcomeId: `o-c${i}`, nominationId: `n-c${i}`, formCode: code, wardId: '14785', recipient: { kind: 'collective', name, collectiveType },
        })),
        ...people.map(([name, birthYear, position, unit], i): DecisionLine => ({
          outcomeId: `o-i${i}`, nominationId: `n-i${i}`, formCode: code, wardId: '14785', recipient: { kind: 'individual', name, birthYear, position, unit },
        })),
      ],
    },
    forms: [{ code, name: 'Giấy khen của Chủ tịch UBND xã/phường' }],
    // What the console used to send: the district's committee above the ward's.
    parentBody: 'UBND THÀNH PHỐ THANH HÓA',
    achievementFor: 'đã có thành tích xuất sắc, được biểu dương tại Hội nghị tổng kết 10 năm phong trào toàn dân bảo vệ ANTQ phường Đông Sơn (2009–2019)',
  };
}

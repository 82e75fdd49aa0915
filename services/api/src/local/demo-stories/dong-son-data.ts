import type { Nominee } from './awards.js';

export const DONG_SON = '14785';
const W = 'phường Đông Sơn';

/** The 6 collectives given the ward chair's Giấy khen at the 10-year review (names of people below are invented). */
export const dongSonCollectives: Nominee[] = [
  ['Công an phường Đông Sơn', 'Công an phường'],
  ['Ủy ban MTTQ phường Đông Sơn', 'Mặt trận Tổ quốc'],
  ['Hội Cựu chiến binh phường Đông Sơn', 'Đoàn thể'],
  ['Đoàn Thanh niên phường Đông Sơn', 'Đoàn thể'],
  ['Tổ dân phố số 3, phường Đông Sơn', 'Tổ dân phố'],
  ['Tổ bảo vệ an ninh, trật tự tổ dân phố số 7, phường Đông Sơn', 'Tổ bảo vệ ANTT'],
].map(([name, collectiveType]) => ({ recipient: { kind: 'collective' as const, name: name!, collectiveType }, wardId: DONG_SON }));

/** The 31 individuals: name, year of birth, position, unit. */
const people: Array<[string, number, string, string]> = [
  ['Lê Văn Thành', 1976, 'Trưởng Công an phường', `Công an ${W}`],
  ['Nguyễn Thị Hoa', 1968, 'Chủ tịch Ủy ban MTTQ phường', `Ủy ban MTTQ ${W}`],
  ['Trịnh Văn Dũng', 1985, 'Phó Trưởng Công an phường', `Công an ${W}`],
  ['Mai Xuân Quang', 1990, 'Cảnh sát khu vực', `Công an ${W}`],
  ['Hoàng Thị Liên', 1972, 'Chủ tịch Hội Liên hiệp Phụ nữ phường', `Hội Liên hiệp Phụ nữ ${W}`],
  ['Đỗ Văn Bình', 1954, 'Chủ tịch Hội Cựu chiến binh phường', `Hội Cựu chiến binh ${W}`],
  ['Phạm Minh Tuấn', 1994, 'Bí thư Đoàn phường', `Đoàn Thanh niên ${W}`],
  ['Lê Thị Hằng', 1981, 'Công chức Tư pháp - Hộ tịch', `UBND ${W}`],
  ['Nguyễn Văn Lợi', 1960, 'Tổ trưởng tổ dân phố số 1', `Tổ dân phố số 1, ${W}`],
  ['Trần Thị Mai', 1966, 'Trưởng ban công tác Mặt trận tổ dân phố số 1', `Tổ dân phố số 1, ${W}`],
  ['Vũ Đình Khánh', 1958, 'Tổ trưởng tổ dân phố số 2', `Tổ dân phố số 2, ${W}`],
  ['Lê Thị Nhung', 1970, 'Chi hội trưởng Phụ nữ tổ dân phố số 2', `Tổ dân phố số 2, ${W}`],
  ['Nguyễn Hữu Phúc', 1957, 'Tổ trưởng tổ dân phố số 3', `Tổ dân phố số 3, ${W}`],
  ['Hà Văn Sáu', 1963, 'Tổ trưởng tổ bảo vệ an ninh, trật tự tổ dân phố số 3', `Tổ dân phố số 3, ${W}`],
  ['Phạm Thị Thu', 1974, 'Tổ trưởng tổ hòa giải tổ dân phố số 4', `Tổ dân phố số 4, ${W}`],
  ['Lê Văn Kiên', 1961, 'Tổ trưởng tổ dân phố số 4', `Tổ dân phố số 4, ${W}`],
  ['Nguyễn Đình Chiến', 1952, 'Chi hội trưởng Cựu chiến binh tổ dân phố số 5', `Tổ dân phố số 5, ${W}`],
  ['Trương Thị Lan', 1977, 'Trưởng ban công tác Mặt trận tổ dân phố số 5', `Tổ dân phố số 5, ${W}`],
  ['Đào Văn Tâm', 1965, 'Tổ trưởng tổ dân phố số 6', `Tổ dân phố số 6, ${W}`],
  ['Lê Quang Vinh', 1988, 'Tổ viên tổ bảo vệ an ninh, trật tự tổ dân phố số 6', `Tổ dân phố số 6, ${W}`],
  ['Cao Văn Thịnh', 1959, 'Tổ trưởng tổ bảo vệ an ninh, trật tự tổ dân phố số 7', `Tổ dân phố số 7, ${W}`],
  ['Nguyễn Thị Bích', 1979, 'Chi hội trưởng Phụ nữ tổ dân phố số 7', `Tổ dân phố số 7, ${W}`],
  ['Lương Văn Hải', 1962, 'Tổ trưởng tổ dân phố số 8', `Tổ dân phố số 8, ${W}`],
  ['Bùi Thị Xuân', 1983, 'Tổ viên tổ hòa giải tổ dân phố số 8', `Tổ dân phố số 8, ${W}`],
  ['Trịnh Đình Nam', 1956, 'Tổ trưởng tổ dân phố số 9', `Tổ dân phố số 9, ${W}`],
  ['Lê Thị Hương', 1986, 'Bí thư chi đoàn tổ dân phố số 9', `Tổ dân phố số 9, ${W}`],
  ['Nguyễn Văn Trung', 1969, 'Trưởng ban công tác Mặt trận tổ dân phố số 10', `Tổ dân phố số 10, ${W}`],
  ['Phạm Văn Đức', 1991, 'Tổ viên tổ bảo vệ an ninh, trật tự tổ dân phố số 10', `Tổ dân phố số 10, ${W}`],
  ['Hoàng Văn Minh', 1967, 'Chủ cơ sở kinh doanh dịch vụ lưu trú', W],
  ['Đặng Thị Thủy', 1980, 'Giáo viên Trường Tiểu học Đông Sơn', W],
  ['Lê Đình Hùng', 1964, 'Công dân tích cực tố giác tội phạm', `Tổ dân phố số 2, ${W}`],
];

export const dongSonIndividuals: Nominee[] = people.map(([name, birthYear, position, unit]) => ({
  recipient: { kind: 'individual', name, birthYear, position, unit },
  wardId: DONG_SON,
}));

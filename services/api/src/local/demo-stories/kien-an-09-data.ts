import type { Nominee } from './awards.js';

// Kiến An's wards: 11431 Đồng Hoà, 11434 Bắc Sơn, 11437 Nam Sơn, 11440 Ngọc Sơn,
// 11443 Trần Thành Ngọ, 11446 Văn Đẩu, 11449 Bắc Hà. Names of people are invented.

const collective = (name: string, collectiveType: string, wardId?: string): Nominee => ({
  recipient: { kind: 'collective', name, collectiveType },
  ...(wardId && { wardId }),
});

const person = (name: string, birthYear: number, position: string, unit: string, wardId?: string): Nominee => ({
  recipient: { kind: 'individual', name, birthYear, position, unit },
  ...(wardId && { wardId }),
});

/** The 12 collectives given the district chair's Giấy khen for 10 years of programme 09. */
export const collectives09: Nominee[] = [
  collective('Công an phường Bắc Sơn', 'Công an phường', '11434'),
  collective('Ủy ban MTTQ phường Trần Thành Ngọ', 'Mặt trận Tổ quốc', '11443'),
  collective('Tổ dân phố số 5 phường Văn Đẩu', 'Tổ dân phố', '11446'),
  collective('Công an phường Nam Sơn', 'Công an phường', '11437'),
  collective('Ủy ban MTTQ phường Ngọc Sơn', 'Mặt trận Tổ quốc', '11440'),
  collective('Ban Công tác Mặt trận tổ dân phố số 3 phường Đồng Hoà', 'Mặt trận Tổ quốc', '11431'),
  collective('Tổ bảo vệ an ninh, trật tự phường Bắc Hà', 'Tổ bảo vệ ANTT', '11449'),
  collective('Hội Cựu chiến binh phường Văn Đẩu', 'Đoàn thể', '11446'),
  collective('Hội Liên hiệp Phụ nữ phường Bắc Sơn', 'Đoàn thể', '11434'),
  collective('Tổ dân phố số 2 phường Trần Thành Ngọ', 'Tổ dân phố', '11443'),
  collective('Đội Cảnh sát quản lý hành chính về trật tự xã hội, Công an quận Kiến An', 'Đơn vị Công an quận'),
  collective('Ban Phong trào, Ủy ban MTTQ quận Kiến An', 'Mặt trận Tổ quốc'),
];

/** The 10 individuals. */
export const individuals09: Nominee[] = [
  person('Nguyễn Văn Thắng', 1978, 'Trưởng Công an phường', 'Công an phường Bắc Sơn', '11434'),
  person('Phạm Thị Hồng', 1970, 'Chủ tịch Ủy ban MTTQ phường', 'Ủy ban MTTQ phường Trần Thành Ngọ', '11443'),
  person('Trần Văn Hùng', 1962, 'Tổ trưởng tổ dân phố số 5', 'Phường Văn Đẩu', '11446'),
  person('Lê Thị Nga', 1975, 'Phó Chủ tịch Ủy ban MTTQ quận', 'Ủy ban MTTQ quận Kiến An'),
  person('Đỗ Mạnh Cường', 1983, 'Phó Trưởng Công an phường', 'Công an phường Nam Sơn', '11437'),
  person('Vũ Thị Thu Hà', 1980, 'Chủ tịch Hội Liên hiệp Phụ nữ phường', 'Phường Ngọc Sơn', '11440'),
  person('Hoàng Văn Long', 1958, 'Tổ trưởng tổ bảo vệ an ninh, trật tự', 'Phường Bắc Hà', '11449'),
  person('Bùi Đức Thịnh', 1988, 'Cán bộ Đội Xây dựng phong trào bảo vệ ANTQ', 'Công an quận Kiến An'),
  person('Ngô Thị Lan Anh', 1992, 'Bí thư Đoàn phường', 'Phường Đồng Hoà', '11431'),
  person('Đặng Văn Toàn', 1955, 'Chủ tịch Hội Cựu chiến binh phường', 'Phường Văn Đẩu', '11446'),
];

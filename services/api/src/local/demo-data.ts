import type { Role } from '@antq/domain';

/**
 * Demo tenants and sign-ins for `npm start` and the tests. The places are the ones the
 * movement's source articles report on (see DOMAIN.md); codes are the GSO's.
 */
export const demoDistricts = [
  { code: '307', name: 'Quận Kiến An (Hải Phòng)' },
  { code: '303', name: 'Quận Hồng Bàng (Hải Phòng)' },
  { code: '450', name: 'Thành phố Đồng Hới (Quảng Bình)' },
  { code: '412', name: 'Thành phố Vinh (Nghệ An)' },
  { code: '380', name: 'Thành phố Thanh Hóa (Thanh Hóa)' },
] as const;

export const DEMO_PASSWORD = 'Antq@2025';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  tenantId?: string;
  wardId?: string;
  provinceId?: string;
  description: string;
}

export const demoUsers: DemoUser[] = [
  {
    username: 'dieuphoi.kienan',
    displayName: 'Nguyễn Văn Hải',
    roles: ['coordinator'],
    tenantId: '307',
    provinceId: '31',
    description: 'Điều phối viên Quận Kiến An (Hải Phòng)',
  },
  {
    username: 'dieuphoi.donghoi',
    displayName: 'Trần Thị Lan',
    roles: ['coordinator'],
    tenantId: '450',
    provinceId: '44',
    description: 'Điều phối viên Thành phố Đồng Hới (Quảng Bình)',
  },
  {
    username: 'phuong.ducninhdong',
    displayName: 'Lê Văn Minh',
    roles: ['ward_officer'],
    tenantId: '450',
    wardId: '18880',
    provinceId: '44',
    description: 'Cán bộ Phường Đức Ninh Đông (Đồng Hới)',
  },
  {
    username: 'dieuphoi.vinh',
    displayName: 'Hoàng Văn Nam',
    roles: ['coordinator'],
    tenantId: '412',
    provinceId: '40',
    description: 'Điều phối viên Thành phố Vinh (Nghệ An)',
  },
  {
    username: 'phuong.nghihuong',
    displayName: 'Đặng Thị Hương',
    roles: ['ward_officer'],
    tenantId: '412',
    wardId: '16732',
    provinceId: '40',
    description: 'Cán bộ Phường Nghi Hương (Vinh)',
  },
  {
    username: 'dieuphoi.thanhhoa',
    displayName: 'Lê Thị Thu',
    roles: ['coordinator'],
    tenantId: '380',
    provinceId: '38',
    description: 'Điều phối viên Thành phố Thanh Hóa (Thanh Hóa)',
  },
  {
    username: 'phuong.dongson',
    displayName: 'Nguyễn Văn Sơn',
    roles: ['ward_officer'],
    tenantId: '380',
    wardId: '14785',
    provinceId: '38',
    description: 'Cán bộ Phường Đông Sơn (Thanh Hóa)',
  },
  {
    username: 'tinh.haiphong',
    displayName: 'Phạm Quốc Tuấn',
    roles: ['province_staff'],
    provinceId: '31',
    description: 'Cán bộ Công an thành phố Hải Phòng (cấp tỉnh)',
  },
  {
    username: 'vanhanh',
    displayName: 'Quản trị hệ thống',
    roles: ['operator'],
    description: 'Quản trị nền tảng (tiếp nhận quận/huyện)',
  },
];

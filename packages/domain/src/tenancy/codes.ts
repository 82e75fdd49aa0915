import { z } from 'zod';

// GSO codes are the identifiers of provinces (2 digits), districts (3) and wards (5), nationwide.
export const provinceCode = z.string().trim().regex(/^\d{2}$/, 'Mã tỉnh/thành phố phải gồm 2 chữ số (mã GSO)');
export const districtCode = z.string().trim().regex(/^\d{3}$/, 'Mã quận/huyện phải gồm 3 chữ số (mã GSO)');
export const wardCode = z.string().trim().regex(/^\d{5}$/, 'Mã phường/xã phải gồm 5 chữ số (mã GSO)');

export const onboardTenantInput = z.object({ districtCode });
export type OnboardTenantInput = z.infer<typeof onboardTenantInput>;

export const wardRefInput = z.object({ wardId: wardCode });
export type WardRefInput = z.infer<typeof wardRefInput>;

export const provinceRefInput = z.object({ provinceId: provinceCode });

/**
 * Administrative units as the official GSO catalogue names them. A tenant is a coordinating
 * unit: today a district, after the 2025 reform possibly a province or a cluster; `level`
 * says which, and validity dates leave room for predecessor/successor links.
 */
export type UnitLevel = 'province' | 'district' | 'ward';

export interface AdministrativeUnit {
  id: string;
  name: string;
  type: string;
  level: UnitLevel;
}

export interface Tenant {
  tenantId: string;
  level: UnitLevel;
  name: string;
  type: string;
  provinceId: string;
  provinceName: string;
  wardCount: number;
  onboardedAt: string;
  catalogueDate: string;
}

export interface Ward {
  wardId: string;
  tenantId: string;
  name: string;
  type: string;
  validFrom: string;
  validTo?: string;
}

/** The catalogue file's shape (dvhcvn), as published by the GSO. */
export interface CatalogueFile {
  data_date: string;
  data: Array<{
    level1_id: string;
    name: string;
    type: string;
    level2s: Array<{
      level2_id: string;
      name: string;
      type: string;
      level3s: Array<{ level3_id: string; name: string; type: string }>;
    }>;
  }>;
}

export interface CatalogueDistrict {
  province: AdministrativeUnit;
  district: AdministrativeUnit;
  wards: AdministrativeUnit[];
  catalogueDate: string;
}

/** Finds a district and its wards in the catalogue, or undefined when the code is unknown. */
export function findDistrict(catalogue: CatalogueFile, code: string): CatalogueDistrict | undefined {
  for (const p of catalogue.data) {
    const d = p.level2s.find((x) => x.level2_id === code);
    if (!d) continue;
    return {
      province: { id: p.level1_id, name: p.name, type: p.type, level: 'province' },
      district: { id: d.level2_id, name: d.name, type: d.type, level: 'district' },
      wards: d.level3s.map((w) => ({ id: w.level3_id, name: w.name, type: w.type, level: 'ward' as const })),
      catalogueDate: catalogue.data_date,
    };
  }
  return undefined;
}

/** A province of the catalogue, or undefined when the code is unknown. */
export function findProvince(catalogue: CatalogueFile, code: string): AdministrativeUnit | undefined {
  const p = catalogue.data.find((x) => x.level1_id === code);
  return p && { id: p.level1_id, name: p.name, type: p.type, level: 'province' };
}

/** "01/03/2025" → "2025-03-01": the catalogue states dates the Vietnamese way. */
export function isoFromVietnameseDate(date: string): string {
  const [dd, mm, yyyy] = date.split('/');
  return `${yyyy}-${mm}-${dd}`;
}

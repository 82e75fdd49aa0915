import { readFile } from 'node:fs/promises';
import { type AdministrativeUnit, type CatalogueDistrict, type CatalogueFile, findDistrict, findProvince } from '@antq/domain';

let cached: Promise<CatalogueFile> | undefined;
/** The catalogue this process onboards from: the path its first lookup was made with. */
let pathInUse: string | undefined;

/**
 * The GSO catalogue (2.2 MB) is read once, on the first onboarding, and kept in memory:
 * it is never loaded on the path of an ordinary request.
 */
const load = (path: string) => (cached ??= readFile(path, 'utf8').then((text) => JSON.parse(text) as CatalogueFile));

export function catalogueLookup(path: string): (districtCode: string) => Promise<CatalogueDistrict | undefined> {
  pathInUse ??= path;
  return async (code) => findDistrict(await load(path), code);
}

export function provinceLookup(path: string): (provinceCode: string) => Promise<AdministrativeUnit | undefined> {
  pathInUse ??= path;
  return async (code) => findProvince(await load(path), code);
}

/** A province of the catalogue with its districts, without their wards: what a picker needs. */
export interface CatalogueProvince extends AdministrativeUnit {
  districts: Array<AdministrativeUnit & { wardCount: number }>;
}

let provinces: Promise<CatalogueProvince[]> | undefined;

/**
 * The provinces and districts of the catalogue the lookups read (the same file, loaded once), for
 * the operator's picker. Before any lookup was made there is no catalogue to read.
 */
export function catalogueProvinces(): Promise<CatalogueProvince[]> {
  if (!pathInUse) return Promise.reject(new Error('No administrative catalogue configured (catalogueLookup was never called)'));
  return (provinces ??= load(pathInUse).then((file) =>
    file.data.map((p) => ({
      id: p.level1_id,
      name: p.name,
      type: p.type,
      level: 'province' as const,
      districts: p.level2s.map((d) => ({ id: d.level2_id, name: d.name, type: d.type, level: 'district' as const, wardCount: d.level3s.length })),
    })),
  ));
}

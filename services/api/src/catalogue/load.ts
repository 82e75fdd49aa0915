import { readFile } from 'node:fs/promises';
import { type AdministrativeUnit, type CatalogueDistrict, type CatalogueFile, findDistrict, findProvince } from '@antq/domain';

let cached: Promise<CatalogueFile> | undefined;

/**
 * The GSO catalogue (2.2 MB) is read once, on the first onboarding, and kept in memory:
 * it is never loaded on the path of an ordinary request.
 */
const load = (path: string) => (cached ??= readFile(path, 'utf8').then((text) => JSON.parse(text) as CatalogueFile));

export function catalogueLookup(path: string): (districtCode: string) => Promise<CatalogueDistrict | undefined> {
  return async (code) => findDistrict(await load(path), code);
}

export function provinceLookup(path: string): (provinceCode: string) => Promise<AdministrativeUnit | undefined> {
  return async (code) => findProvince(await load(path), code);
}

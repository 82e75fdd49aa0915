import { readFile } from 'node:fs/promises';
import { type CatalogueDistrict, type CatalogueFile, findDistrict } from '@antq/domain';

let cached: Promise<CatalogueFile> | undefined;

/**
 * The GSO catalogue (2.2 MB) is read once, on the first onboarding, and kept in memory:
 * it is never loaded on the path of an ordinary request.
 */
export function catalogueLookup(path: string): (districtCode: string) => Promise<CatalogueDistrict | undefined> {
  return async (code) => {
    cached ??= readFile(path, 'utf8').then((text) => JSON.parse(text) as CatalogueFile);
    return findDistrict(await cached, code);
  };
}

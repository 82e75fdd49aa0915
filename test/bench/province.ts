import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '@antq/api/local';

export const PROVINCE_ID = '01';
export const DISTRICTS = 30;
export const WARDS_PER_DISTRICT = 20;

interface Level3 { level3_id: string; name: string; type: string }
interface Level2 { level2_id: string; name: string; type: string; level3s: Level3[] }
interface Level1 { level1_id: string; name: string; type: string; level2s: Level2[] }
interface CatalogueFile { data: Level1[]; data_date: string }

export interface BenchProvince {
  /** A catalogue file holding only the bench province, for CATALOGUE_PATH. */
  cataloguePath: string;
  provinceName: string;
  districts: Array<{ code: string; name: string; wardIds: string[] }>;
  realWards: number;
  syntheticWards: number;
}

/**
 * Hà Nội is the only province with 30 districts, but only 11 of them have 20 wards or more. The
 * target is stated at 30 × 20, so each district keeps its first 20 real wards and the smaller ones
 * are topped up with synthetic wards (codes 9xxxx, which no real ward uses): the shape the target
 * names, with as much real data as there is.
 */
export async function benchProvince(): Promise<BenchProvince> {
  const official = JSON.parse(await readFile(readConfig({}).cataloguePath, 'utf8')) as CatalogueFile;
  const hanoi = official.data.find((p) => p.level1_id === PROVINCE_ID);
  if (!hanoi || hanoi.level2s.length < DISTRICTS) throw new Error(`Province ${PROVINCE_ID} has fewer than ${DISTRICTS} districts`);
  let realWards = 0;
  const level2s = hanoi.level2s.slice(0, DISTRICTS).map((d, di) => {
    const real = d.level3s.slice(0, WARDS_PER_DISTRICT);
    realWards += real.length;
    const padding = Array.from({ length: WARDS_PER_DISTRICT - real.length }, (_, i) => ({
      level3_id: `9${String(di).padStart(2, '0')}${String(i).padStart(2, '0')}`,
      name: `Xã Thử Nghiệm ${i + 1}`,
      type: 'Xã',
    }));
    return { ...d, level3s: [...real, ...padding] };
  });
  const cataloguePath = join(tmpdir(), `antq-bench-catalogue-${process.pid}.json`);
  await writeFile(cataloguePath, JSON.stringify({ ...official, data: [{ ...hanoi, level2s }] }));
  return {
    cataloguePath,
    provinceName: hanoi.name,
    districts: level2s.map((d) => ({ code: d.level2_id, name: d.name, wardIds: d.level3s.map((w) => w.level3_id) })),
    realWards,
    syntheticWards: DISTRICTS * WARDS_PER_DISTRICT - realWards,
  };
}

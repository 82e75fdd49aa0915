import type { CatalogueDistrict } from '@antq/domain';
import type { DataAccess } from '../../data-access.js';
import type { Logger } from '../../log.js';
import { actors } from './actors.js';
import { playCampaign } from './campaign.js';
import { dongHoi2026, hongBang2026, kienAn2026 } from './campaigns-2026.js';
import { playDongSon } from './dong-son.js';
import { playKienAn09 } from './kien-an-09.js';
import { playMovement2026 } from './movement-2026.js';

export interface StoryOutcome {
  skipped: boolean;
  writes: number;
  ms: number;
}

/**
 * Plays the demo stories through the real API (tRPC callers with the demo users' identities), so
 * the consoles and the provincial figures have something to show: the 2026 campaign in Kiến An,
 * Hồng Bàng and Đồng Hới, Kiến An's programme 09 review and awards (2023), Phường Đông Sơn's 2019
 * story, and a few 2026 movement records in Hải Phòng. Safe to run on every start: a story that
 * already ran costs a read or two and writes nothing.
 *
 * Districts run side by side; within a district the stories that write the same year's items run
 * one after the other, since concurrent writers there would only collide and retry.
 */
export async function seedDemoStories(
  data: DataAccess,
  findDistrict: (code: string) => Promise<CatalogueDistrict | undefined>,
  log: Logger,
): Promise<Record<string, StoryOutcome>> {
  const who = actors({ data, findDistrict, log });
  const outcomes: Record<string, StoryOutcome> = {};
  const timed = async (name: string, story: () => Promise<{ skipped?: boolean; writes: number }>) => {
    const started = performance.now();
    const { skipped = false, writes } = await story();
    outcomes[name] = { skipped: skipped || writes === 0, writes, ms: Math.round(performance.now() - started) };
  };
  const started = performance.now();
  // Settle every district before reporting a failure, so none is left writing behind our back.
  const settled = await Promise.allSettled([
    (async () => {
      await timed('kienan-campaign-2026', () => playCampaign(who, kienAn2026));
      await timed('kienan-movement-2026', () => playMovement2026(who, '307', '31'));
    })(),
    timed('kienan-programme-09', () => playKienAn09(who)),
    (async () => {
      await timed('hongbang-campaign-2026', () => playCampaign(who, hongBang2026));
      await timed('hongbang-movement-2026', () => playMovement2026(who, '303', '31'));
    })(),
    timed('donghoi-campaign-2026', () => playCampaign(who, dongHoi2026)),
    timed('dongson-2019', () => playDongSon(who)),
  ]);
  const failures = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) throw new AggregateError(failures, `Demo stories failed: ${failures.map((f) => (f instanceof Error ? f.message : String(f))).join('; ')}`);
  log.info('demo stories', { ms: Math.round(performance.now() - started), ...outcomes });
  return outcomes;
}

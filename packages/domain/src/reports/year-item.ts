import type { TallyEntry } from '../awards/tally.js';
import type { Contribution } from '../movement/contributions.js';
import type { CampaignDigest } from '../progress/ward-progress.js';

/**
 * The parts of a district-year item, one attribute each, told apart by the name's prefix: a
 * campaign's digest, a movement record's contribution, an award outcome's entry. Writers set or
 * remove single attributes, so concurrent changes to different parts never overwrite each other.
 */
export const yearItemParts = { campaign: 'k#', movement: 'c#', award: 'o#' } as const;

export const yearItemNames = {
  campaign: (campaignId: string) => `${yearItemParts.campaign}${campaignId}`,
  movement: (type: string, recordId: string) => `${yearItemParts.movement}${type}#${recordId}`,
  award: (outcomeId: string) => `${yearItemParts.award}${outcomeId}`,
};

type YearItem = Record<string, unknown> | undefined;

/** The attributes of one part, as [name without its prefix, value]. */
export function yearItemEntries<T>(item: YearItem, part: keyof typeof yearItemParts): Array<[string, T]> {
  const prefix = yearItemParts[part];
  return Object.entries(item ?? {})
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => [name.slice(prefix.length), value as T]);
}

export const campaignDigests = (item: YearItem): CampaignDigest[] => yearItemEntries<CampaignDigest>(item, 'campaign').map(([, d]) => d);
export const movementContributions = (item: YearItem): Contribution[] => yearItemEntries<Contribution>(item, 'movement').map(([, c]) => c);
export const awardEntries = (item: YearItem): Array<TallyEntry & { outcomeId: string }> =>
  yearItemEntries<TallyEntry>(item, 'award').map(([outcomeId, e]) => ({ ...e, outcomeId }));

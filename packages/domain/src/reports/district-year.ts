import type { TallyEntry } from '../awards/tally.js';
import { aggregateContributions, type MovementCounts } from '../movement/contributions.js';
import type { CampaignDigest } from '../progress/ward-progress.js';
import { awardEntries, campaignDigests, movementContributions } from './year-item.js';

/**
 * The figures of one district for one year, computed from its district-year item alone (campaign
 * digests `k#`, movement contributions `c#`, award outcomes `o#`): the provincial report reads
 * one such item per district and nothing else.
 */
export interface CampaignFigures {
  campaignId: string;
  name: string;
  catalogueTitle: string;
  criteriaCount: number;
  wards: number;
  plans: { submitted: number; approved: number; returned: number; onTime: number; late: number };
  assessments: { submitted: number; approved: number; returned: number; late: number; metTotal: number; allMet: number };
}

export interface AwardCounts {
  total: number;
  collective: number;
  individual: number;
  household: number;
  byForm: Record<string, number>;
  byLevel: Record<string, number>;
}

export interface WardCampaignLine {
  /** The campaign's criteria set, as `CriteriaSetFigures` tell sets apart. */
  catalogueTitle: string;
  plan: string;
  planSubmitted: boolean;
  planLate: boolean;
  assessment: string;
  assessmentSubmitted: boolean;
  met: number;
  criteriaCount: number;
}

export interface WardFigures {
  campaigns: Record<string, WardCampaignLine>;
  movement: MovementCounts;
  awards: AwardCounts;
}

export interface DistrictYearFigures {
  year: number;
  campaigns: CampaignFigures[];
  movement: MovementCounts;
  awards: AwardCounts;
  /** Per ward, only wards with something to show. */
  wards: Record<string, WardFigures>;
}

export function campaignFigures(d: CampaignDigest): CampaignFigures {
  const lines = Object.values(d.wards);
  const count = (test: (l: (typeof lines)[number]) => boolean) => lines.filter(test).length;
  const planSubmitted = count((l) => l.plan.submissions > 0);
  const planLate = count((l) => l.plan.submissions > 0 && l.plan.late);
  return {
    campaignId: d.campaignId,
    name: d.name,
    catalogueTitle: d.catalogueTitle,
    criteriaCount: d.criteriaCount,
    wards: lines.length,
    plans: { submitted: planSubmitted, approved: count((l) => l.plan.status === 'approved'), returned: count((l) => l.plan.status === 'returned'), onTime: planSubmitted - planLate, late: planLate },
    assessments: {
      submitted: count((l) => l.assessment.submissions > 0),
      approved: count((l) => l.assessment.status === 'approved'),
      returned: count((l) => l.assessment.status === 'returned'),
      late: count((l) => l.assessment.submissions > 0 && l.assessment.late),
      metTotal: lines.filter((l) => l.assessment.submissions > 0).reduce((n, l) => n + l.assessment.met, 0),
      allMet: count((l) => l.assessment.submissions > 0 && d.criteriaCount > 0 && l.assessment.met >= d.criteriaCount),
    },
  };
}

export function awardCounts(entries: TallyEntry[]): AwardCounts {
  const out: AwardCounts = { total: entries.length, collective: 0, individual: 0, household: 0, byForm: {}, byLevel: {} };
  for (const e of entries) {
    out[e.recipientKind]++;
    out.byForm[e.formCode] = (out.byForm[e.formCode] ?? 0) + 1;
    out.byLevel[e.level] = (out.byLevel[e.level] ?? 0) + 1;
  }
  return out;
}

export function districtYearFigures(year: number, item: Record<string, unknown> | undefined): DistrictYearFigures {
  const digests = campaignDigests(item).sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.name.localeCompare(b.name, 'vi'));
  const movement = aggregateContributions(movementContributions(item));
  const awards: TallyEntry[] = awardEntries(item);
  const wards: Record<string, WardFigures> = {};
  const ward = (id: string) => (wards[id] ??= { campaigns: {}, movement: aggregateContributions([]).totals, awards: awardCounts([]) });
  for (const d of digests) {
    for (const [wardId, l] of Object.entries(d.wards)) {
      ward(wardId).campaigns[d.campaignId] = {
        catalogueTitle: d.catalogueTitle,
        plan: l.plan.status,
        planSubmitted: l.plan.submissions > 0,
        planLate: l.plan.late,
        assessment: l.assessment.status,
        assessmentSubmitted: l.assessment.submissions > 0,
        met: l.assessment.met,
        criteriaCount: d.criteriaCount,
      };
    }
  }
  for (const [wardId, counts] of Object.entries(movement.wards)) ward(wardId).movement = counts;
  const wardAwards = new Map<string, TallyEntry[]>();
  for (const e of awards) for (const w of e.wardIds) wardAwards.set(w, [...(wardAwards.get(w) ?? []), e]);
  for (const [w, list] of wardAwards) ward(w).awards = awardCounts(list);
  return { year, campaigns: digests.map(campaignFigures), movement: movement.totals, awards: awardCounts(awards), wards };
}

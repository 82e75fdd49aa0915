import { opinionCounts, type CitizenForumFields, type CommitmentSigningFields } from './records.js';
import { type MovementModelFields, modelYears } from './models.js';
import { isFestivalDay, isReviewConference, type ReviewConferenceFields } from './conferences.js';
import type { ProgrammeActivityFields } from './programmes.js';

/**
 * What one record adds to the district's movement figures. The district summary keeps one
 * contribution per record (keyed by the record), rewritten in the same transaction as the record,
 * so totals are sums over one item and a rebuild from the records gives exactly the same item.
 */
export interface MovementCounts {
  /** Models in the register that year (founded by then, not ended before it). */
  models: number;
  /** Models active at some time in the year. */
  activeModels: number;
  replicatedModels: number;
  commitments: number;
  signatories: number;
  forums: number;
  forumAttendance: number;
  opinionsReceived: number;
  opinionsResolved: number;
  /** Events held: review conferences and festival days, one held together with the other counted once. */
  gatherings: number;
  /** Review conferences (sơ kết, tổng kết), including those held as the festival day. */
  conferences: number;
  /** Festival days, including a review conference held as the festival day. */
  festivals: number;
  activitiesTotal: number;
  activitiesDone: number;
  reports: number;
}

export interface Contribution extends Partial<MovementCounts> {
  /** Wards the record counts for; empty for district-wide records. */
  wardIds: string[];
}

export const emptyCounts = (): MovementCounts => ({
  models: 0,
  activeModels: 0,
  replicatedModels: 0,
  commitments: 0,
  signatories: 0,
  forums: 0,
  forumAttendance: 0,
  opinionsReceived: 0,
  opinionsResolved: 0,
  gatherings: 0,
  conferences: 0,
  festivals: 0,
  activitiesTotal: 0,
  activitiesDone: 0,
  reports: 0,
});

/** What a model adds to each year it counts in (`modelYears`): the founding year and every later one while it lasts. */
export function modelContributions(m: MovementModelFields, currentYear: number): Map<number, Contribution> {
  return new Map(
    modelYears(m, currentYear).map(({ year, active }) => [
      year,
      { wardIds: [m.hostWardId], models: 1, activeModels: active ? 1 : 0, replicatedModels: m.replicatedFrom ? 1 : 0 },
    ]),
  );
}

export const commitmentContribution = (c: CommitmentSigningFields): Contribution => ({
  wardIds: [c.wardId],
  commitments: 1,
  signatories: c.signatories.reduce((n, s) => n + s.count, 0),
});

export function forumContribution(f: CitizenForumFields): Contribution {
  const o = opinionCounts(f.opinions);
  return { wardIds: [f.wardId], forums: 1, forumAttendance: f.attendance, opinionsReceived: o.received, opinionsResolved: o.resolved };
}

export const conferenceContribution = (c: ReviewConferenceFields): Contribution => ({
  wardIds: c.wardId ? [c.wardId] : [],
  gatherings: 1,
  ...(isReviewConference(c) && { conferences: 1 }),
  ...(isFestivalDay(c) && { festivals: 1 }),
});

export const activityContribution = (a: ProgrammeActivityFields): Contribution => ({
  wardIds: a.wardIds,
  activitiesTotal: a.status === 'cancelled' ? 0 : 1,
  activitiesDone: a.status === 'done' ? 1 : 0,
});

export const reportContribution = (): Contribution => ({ wardIds: [], reports: 1 });

/** Sums contributions into district totals and per-ward figures. */
export function aggregateContributions(contributions: Contribution[]): { totals: MovementCounts; wards: Record<string, MovementCounts> } {
  const totals = emptyCounts();
  const wards: Record<string, MovementCounts> = {};
  const keys = Object.keys(totals) as Array<keyof MovementCounts>;
  for (const stored of contributions) {
    // A contribution written before events were counted once is one event per conference or festival.
    const c = stored.gatherings === undefined && (stored.conferences || stored.festivals) ? { ...stored, gatherings: (stored.conferences ?? 0) + (stored.festivals ?? 0) } : stored;
    for (const k of keys) totals[k] += c[k] ?? 0;
    for (const w of c.wardIds) {
      const line = (wards[w] ??= emptyCounts());
      for (const k of keys) line[k] += c[k] ?? 0;
    }
  }
  return { totals, wards };
}

export const movementRecordTypes = ['model', 'commitment', 'forum', 'conference', 'programme', 'activity', 'report'] as const;
export type MovementRecordType = (typeof movementRecordTypes)[number];
export const movementRecordTypeLabels: Record<MovementRecordType, string> = {
  model: 'Mô hình',
  commitment: 'Ký cam kết',
  forum: 'Diễn đàn "Công an lắng nghe ý kiến nhân dân"',
  conference: 'Hội nghị sơ kết, tổng kết, ngày hội',
  programme: 'Chương trình phối hợp',
  activity: 'Hoạt động của chương trình',
  report: 'Báo cáo liên tịch',
};

/** A movement record as stored: the fields a ward or the district typed, plus bookkeeping. */
export interface MovementRecord<F = Record<string, unknown>> {
  recordId: string;
  type: MovementRecordType;
  /** The programme an activity or report belongs to. */
  parentId?: string;
  wardId?: string;
  /** The day it happened (or started, or is due): orders timelines and picks the summary year. */
  date: string;
  fields: F;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

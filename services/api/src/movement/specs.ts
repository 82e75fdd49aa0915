import {
  activityContribution,
  type CitizenForumFields,
  citizenForumSchema,
  type CommitmentSigningFields,
  commitmentContribution,
  commitmentSigningSchema,
  conferenceContribution,
  type Contribution,
  forumContribution,
  type MovementModelFields,
  type MovementRecordType,
  modelContributions,
  movementModelSchema,
  type ProgrammeActivityFields,
  programmeActivitySchema,
  type ProgrammeFields,
  type ProgrammeReportFields,
  programmeReportSchema,
  programmeSchema,
  type ReviewConferenceFields,
  reportContribution,
  reviewConferenceSchema,
} from '@antq/domain';
import type { z } from 'zod';

/** A record that counts in the year of its date only. */
const inItsYear =
  <F>(date: (fields: F) => string, contribution: (fields: F) => Contribution) =>
  (fields: F): Map<number, Contribution> =>
    new Map([[Number(date(fields).slice(0, 4)), contribution(fields)]]);

/** What differs between kinds of movement records; saving, versions, audit and summary are one. */
export interface RecordSpec<F> {
  type: MovementRecordType;
  schema: z.ZodType<F>;
  /** The ward it belongs to, for access and its timeline; none for district-wide records. */
  ward: (fields: F) => string | undefined;
  wards?: (fields: F) => string[];
  date: (fields: F) => string;
  title: (fields: F) => string;
  /**
   * What the record adds to the district-year items, by year: most records count in the year of
   * their date; a model counts in every year of its life up to `currentYear` (see `modelYears`).
   */
  contributions: (fields: F, currentYear: number) => Map<number, Contribution>;
  /** Programmes and their activities and reports are the district's, not a ward's. */
  coordinatorOnly: boolean;
  /** Activities and reports belong to a programme. */
  child: boolean;
}

export const modelSpec: RecordSpec<MovementModelFields> = {
  type: 'model',
  schema: movementModelSchema,
  ward: (f) => f.hostWardId,
  date: (f) => f.startDate,
  title: (f) => f.name,
  contributions: modelContributions,
  coordinatorOnly: false,
  child: false,
};

export const commitmentSpec: RecordSpec<CommitmentSigningFields> = {
  type: 'commitment',
  schema: commitmentSigningSchema,
  ward: (f) => f.wardId,
  date: (f) => f.date,
  title: (f) => `Ký cam kết ${f.contents.length} nội dung`,
  contributions: inItsYear((f) => f.date, commitmentContribution),
  coordinatorOnly: false,
  child: false,
};

export const forumSpec: RecordSpec<CitizenForumFields> = {
  type: 'forum',
  schema: citizenForumSchema,
  ward: (f) => f.wardId,
  date: (f) => f.date,
  title: (f) => `Diễn đàn "${f.title}"`,
  contributions: inItsYear((f) => f.date, forumContribution),
  coordinatorOnly: false,
  child: false,
};

export const conferenceSpec: RecordSpec<ReviewConferenceFields> = {
  type: 'conference',
  schema: reviewConferenceSchema,
  ward: (f) => f.wardId,
  date: (f) => f.date,
  title: (f) => f.title,
  contributions: inItsYear((f) => f.date, conferenceContribution),
  coordinatorOnly: false,
  child: false,
};

export const programmeSpec: RecordSpec<ProgrammeFields> = {
  type: 'programme',
  schema: programmeSchema,
  ward: () => undefined,
  date: (f) => `${f.nationalFromYear}-01-01`,
  title: (f) => `${f.title} (số ${f.documentNumber})`,
  contributions: inItsYear((f) => `${f.nationalFromYear}-01-01`, () => ({ wardIds: [] })),
  coordinatorOnly: true,
  child: false,
};

export const activitySpec: RecordSpec<ProgrammeActivityFields> = {
  type: 'activity',
  schema: programmeActivitySchema,
  ward: () => undefined,
  wards: (f) => f.wardIds,
  date: (f) => f.doneOn ?? f.dueDate,
  title: (f) => f.title,
  contributions: inItsYear((f) => f.doneOn ?? f.dueDate, activityContribution),
  coordinatorOnly: true,
  child: true,
};

export const reportSpec: RecordSpec<ProgrammeReportFields> = {
  type: 'report',
  schema: programmeReportSchema,
  ward: () => undefined,
  date: (f) => f.date,
  title: (f) => `Báo cáo ${f.periodLabel}`,
  contributions: inItsYear((f) => f.date, reportContribution),
  coordinatorOnly: true,
  child: true,
};

export const specs = { model: modelSpec, commitment: commitmentSpec, forum: forumSpec, conference: conferenceSpec, programme: programmeSpec, activity: activitySpec, report: reportSpec } as const;

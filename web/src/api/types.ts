import type { AppRouter } from '@antq/api';
import type {
  citizenForumSchema,
  commitmentSigningSchema,
  movementModelSchema,
  programmeActivitySchema,
  programmeReportSchema,
  programmeSchema,
  reviewConferenceSchema,
} from '@antq/domain';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { z } from 'zod';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type TenantOutput = RouterOutputs['tenants']['current'];
export type TenantSummary = RouterOutputs['tenants']['list'][number];
export type WardOutput = RouterOutputs['wards']['list'][number];
export type OnboardOutput = RouterOutputs['tenants']['onboard'];

export type CatalogueHeadOutput = RouterOutputs['criteria']['list'][number];
export type CatalogueOutput = RouterOutputs['criteria']['get'];
export type CatalogueVersionMeta = RouterOutputs['criteria']['versions'][number];
export type CampaignOutput = RouterOutputs['campaigns']['get'];
export type DashboardOutput = RouterOutputs['campaigns']['dashboard'];
export type WardProgressOutput = DashboardOutput['summary']['wards'][string];
export type PlanOutput = RouterOutputs['plans']['get'];
export type PlanHeadOutput = PlanOutput['plan'];
export type PlanSubmissionMeta = PlanOutput['submissions'][number];
export type AssessmentOutput = RouterOutputs['assessments']['get'];
export type AssessmentHeadOutput = AssessmentOutput['assessment'];
export type ReviewItemOutput = RouterOutputs['reviews']['queue'][number];

export type ModelRecord = RouterOutputs['records']['models']['get'];
export type CommitmentRecord = RouterOutputs['records']['commitments']['get'];
export type ForumRecord = RouterOutputs['records']['forums']['get'];
export type ConferenceRecord = RouterOutputs['records']['conferences']['get'];
export type TimelineRecord = RouterOutputs['records']['timeline'][number];
export type MovementSummaryOutput = RouterOutputs['records']['summary'];
export type ProgrammeRecord = RouterOutputs['programmes']['list'][number];
export type ProgrammeOutput = RouterOutputs['programmes']['get'];
export type ActivityRecord = ProgrammeOutput['activities'][number];
export type ReportRecord = ProgrammeOutput['reports'][number];

// What a save sends in `fields`, from the shared schemas: the API's inputs type them `unknown`
// (its record specs hold each schema as a plain `z.ZodType<F>`), so the console types them here.
export type ModelFieldsInput = z.input<typeof movementModelSchema>;
export type CommitmentFieldsInput = z.input<typeof commitmentSigningSchema>;
export type ForumFieldsInput = z.input<typeof citizenForumSchema>;
export type ConferenceFieldsInput = z.input<typeof reviewConferenceSchema>;
export type ProgrammeFieldsInput = z.input<typeof programmeSchema>;
export type ActivityFieldsInput = z.input<typeof programmeActivitySchema>;
export type ReportFieldsInput = z.input<typeof programmeReportSchema>;

export type AccountOutput = RouterOutputs['accounts']['list'][number];
export type IssuedAccountOutput = RouterOutputs['accounts']['create'];
export type OutboxOutput = RouterOutputs['accounts']['outbox'];

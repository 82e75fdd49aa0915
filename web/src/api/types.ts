import type { AppRouter } from '@antq/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

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

import type { AppRouter } from '@antq/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type TenantOutput = RouterOutputs['tenants']['current'];
export type TenantSummary = RouterOutputs['tenants']['list'][number];
export type WardOutput = RouterOutputs['wards']['list'][number];
export type OnboardOutput = RouterOutputs['tenants']['onboard'];

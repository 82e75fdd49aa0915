import type { Role } from '@antq/domain';
import type { ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { ForgotPasswordPage } from '../auth/ForgotPasswordPage';
import { RequireAuth } from '../auth/RequireAuth';
import { RequireRole } from '../auth/RequireRole';
import { SignInPage } from '../auth/SignInPage';
import { DistrictPage } from '../pages/district/DistrictPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { OperatorPage } from '../pages/operator/OperatorPage';
import { ProvincePage } from '../pages/province/ProvincePage';
import { WardPage } from '../pages/ward/WardPage';
import { HomeRedirect } from './HomeRedirect';
import { Layout } from './Layout';
import * as page from './lazyPages';

const only = (role: Role | readonly Role[], element: ReactNode) => <RequireRole role={role}>{element}</RequireRole>;
const recorders: readonly Role[] = ['coordinator', 'ward_officer'];
const reportReaders: readonly Role[] = ['coordinator', 'province_staff'];
/** A ward officer reads their own ward's part of the report (the API refuses any other). */
const wardReportReaders: readonly Role[] = [...reportReaders, 'ward_officer'];
const accountManagers: readonly Role[] = ['operator', 'coordinator'];
const technical: readonly Role[] = ['operator', 'coordinator', 'province_staff'];

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'district', element: only('coordinator', <DistrictPage />) },
      { path: 'criteria', element: only('coordinator', <page.CriteriaPage />) },
      { path: 'criteria/:catalogueId', element: only('coordinator', <page.CataloguePage />) },
      { path: 'campaigns', element: only('coordinator', <page.CampaignsPage />) },
      { path: 'campaigns/new', element: only('coordinator', <page.CampaignFormPage />) },
      { path: 'campaigns/:campaignId', element: only('coordinator', <page.DashboardPage />) },
      { path: 'campaigns/:campaignId/edit', element: only('coordinator', <page.CampaignFormPage />) },
      { path: 'campaigns/:campaignId/wards/:wardId', element: only('coordinator', <page.WardReviewPage />) },
      { path: 'campaigns/:campaignId/wards/:wardId/paper/:part', element: only('coordinator', <page.PaperEntryPage />) },
      { path: 'reviews', element: only('coordinator', <page.ReviewsPage />) },
      { path: 'ward', element: only('ward_officer', <WardPage />) },
      { path: 'ward/campaigns', element: only('ward_officer', <page.WardCampaignsPage focus="plan" />) },
      { path: 'ward/assessments', element: only('ward_officer', <page.WardCampaignsPage focus="assessment" />) },
      { path: 'ward/campaigns/:campaignId/plan', element: only('ward_officer', <page.PlanPage />) },
      { path: 'ward/campaigns/:campaignId/assessment', element: only('ward_officer', <page.AssessmentPage />) },
      { path: 'movement', element: only(recorders, <page.MovementPage />) },
      { path: 'movement/wards/:wardId', element: only(recorders, <page.WardTimelinePage />) },
      { path: 'programmes', element: only('coordinator', <page.ProgrammesPage />) },
      { path: 'programmes/new', element: only('coordinator', <page.ProgrammeFormPage />) },
      { path: 'programmes/:programmeId', element: only('coordinator', <page.ProgrammePage />) },
      { path: 'programmes/:programmeId/edit', element: only('coordinator', <page.ProgrammeFormPage />) },
      { path: 'awards', element: only(recorders, <page.AwardsPage />) },
      { path: 'awards/decisions/:decisionId', element: only('coordinator', <page.DecisionPage />) },
      { path: 'reports', element: only(wardReportReaders, <page.ReportsPage />) },
      { path: 'reports/districts/:districtId', element: only(reportReaders, <page.DistrictReportPage />) },
      { path: 'reports/districts/:districtId/wards/:wardId', element: only(wardReportReaders, <page.WardReportPage />) },
      { path: 'reports/districts/:districtId/wards/:wardId/:campaignId/:part', element: only(wardReportReaders, <page.SubmissionReportPage />) },
      { path: 'province', element: only('province_staff', <ProvincePage />) },
      { path: 'operator', element: only('operator', <OperatorPage />) },
      { path: 'outbox', element: only('operator', <page.OutboxPage />) },
      { path: 'accounts', element: only(accountManagers, <page.AccountsPage />) },
      { path: 'account', element: <page.MyAccountPage /> },
      { path: 'connect', element: only(technical, <page.ConnectPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}

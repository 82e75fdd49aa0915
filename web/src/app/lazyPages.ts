import { lazy } from 'react';

// The campaign, movement and programme screens load on demand: the sign-in page and the homes stay a small first download.
export const CriteriaPage = lazy(() => import('../pages/criteria/CriteriaPage').then((m) => ({ default: m.CriteriaPage })));
export const CataloguePage = lazy(() => import('../pages/criteria/CataloguePage').then((m) => ({ default: m.CataloguePage })));
export const CampaignsPage = lazy(() => import('../pages/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
export const CampaignFormPage = lazy(() => import('../pages/campaigns/CampaignFormPage').then((m) => ({ default: m.CampaignFormPage })));
export const DashboardPage = lazy(() => import('../pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
export const ReviewsPage = lazy(() => import('../pages/reviews/ReviewsPage').then((m) => ({ default: m.ReviewsPage })));
export const WardReviewPage = lazy(() => import('../pages/ward-review/WardReviewPage').then((m) => ({ default: m.WardReviewPage })));
export const PaperEntryPage = lazy(() => import('../pages/paper-entry/PaperEntryPage').then((m) => ({ default: m.PaperEntryPage })));
export const WardCampaignsPage = lazy(() => import('../pages/ward-campaigns/WardCampaignsPage').then((m) => ({ default: m.WardCampaignsPage })));
export const PlanPage = lazy(() => import('../pages/plan/PlanPage').then((m) => ({ default: m.PlanPage })));
export const AssessmentPage = lazy(() => import('../pages/assessment/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
export const MovementPage = lazy(() => import('../pages/movement/MovementPage').then((m) => ({ default: m.MovementPage })));
export const WardTimelinePage = lazy(() => import('../pages/timeline/WardTimelinePage').then((m) => ({ default: m.WardTimelinePage })));
export const ProgrammesPage = lazy(() => import('../pages/programmes/ProgrammesPage').then((m) => ({ default: m.ProgrammesPage })));
export const ProgrammeFormPage = lazy(() => import('../pages/programmes/ProgrammeFormPage').then((m) => ({ default: m.ProgrammeFormPage })));
export const ProgrammePage = lazy(() => import('../pages/programmes/ProgrammePage').then((m) => ({ default: m.ProgrammePage })));
export const AwardsPage = lazy(() => import('../pages/awards/AwardsPage').then((m) => ({ default: m.AwardsPage })));
export const DecisionPage = lazy(() => import('../pages/awards/decisions/DecisionPage').then((m) => ({ default: m.DecisionPage })));
export const ReportsPage = lazy(() => import('../pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
export const DistrictReportPage = lazy(() => import('../pages/reports/DistrictReportPage').then((m) => ({ default: m.DistrictReportPage })));
export const WardReportPage = lazy(() => import('../pages/reports/WardReportPage').then((m) => ({ default: m.WardReportPage })));
export const SubmissionReportPage = lazy(() => import('../pages/reports/SubmissionPage').then((m) => ({ default: m.SubmissionPage })));
export const AccountsPage = lazy(() => import('../pages/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })));
export const MyAccountPage = lazy(() => import('../pages/account/MyAccountPage').then((m) => ({ default: m.MyAccountPage })));
export const OutboxPage = lazy(() => import('../pages/operator/OutboxPage').then((m) => ({ default: m.OutboxPage })));
export const ConnectPage = lazy(() => import('../pages/connect/ConnectPage').then((m) => ({ default: m.ConnectPage })));

import { router } from '../trpc/init.js';
import { accountsRouter } from './accounts/router.js';
import { assessmentsRouter } from './assessments/router.js';
import { awardsRouter } from './awards/router.js';
import { campaignsRouter } from './campaigns/router.js';
import { catalogueRouter } from './catalogue/router.js';
import { criteriaRouter } from './criteria/router.js';
import { homeRouter } from './home/router.js';
import { meRouter } from './me/router.js';
import { peopleRouter } from './people/router.js';
import { plansRouter } from './plans/router.js';
import { programmesRouter } from './programmes/router.js';
import { recordsRouter } from './records/router.js';
import { provincesRouter } from './provinces/router.js';
import { reportsRouter } from './reports/router.js';
import { reviewsRouter } from './reviews/router.js';
import { tenantsRouter } from './tenants/router.js';
import { wardsRouter } from './wards/router.js';

export const appRouter = router({
  me: meRouter,
  accounts: accountsRouter,
  tenants: tenantsRouter,
  wards: wardsRouter,
  provinces: provincesRouter,
  criteria: criteriaRouter,
  campaigns: campaignsRouter,
  plans: plansRouter,
  assessments: assessmentsRouter,
  reviews: reviewsRouter,
  records: recordsRouter,
  programmes: programmesRouter,
  awards: awardsRouter,
  reports: reportsRouter,
  home: homeRouter,
  people: peopleRouter,
  catalogue: catalogueRouter,
});

export type AppRouter = typeof appRouter;

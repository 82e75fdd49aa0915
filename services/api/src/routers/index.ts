import { router } from '../trpc/init.js';
import { meRouter } from './me/router.js';
import { provincesRouter } from './provinces/router.js';
import { tenantsRouter } from './tenants/router.js';
import { wardsRouter } from './wards/router.js';

export const appRouter = router({
  me: meRouter,
  tenants: tenantsRouter,
  wards: wardsRouter,
  provinces: provincesRouter,
});

export type AppRouter = typeof appRouter;

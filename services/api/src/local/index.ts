// The local runtime, for `npm start`, the operator CLI and the tests (never bundled into Lambda).
export { createLocalApi } from './local-api.js';
export { startLocalStack, type LocalStack } from './stack.js';
export { startDynamoLocal, freePort, type DynamoLocal } from './dynamo-local.js';
export { seedDemo, ensureDemoAccount } from './seed.js';
export { seedDemoStories } from './demo-stories/index.js';
export { demoUsers, demoDistricts, DEMO_PASSWORD, type DemoUser } from './demo-data.js';
export { readConfig, type ApiConfig } from '../config.js';
export { createLogger } from '../log.js';
export { catalogueLookup, provinceLookup } from '../catalogue/load.js';
export { appRouter } from '../routers/index.js';
export { createCallerFactory } from '../trpc/init.js';
export type { Context } from '../trpc/context.js';
export { createApp } from '../app.js';
export { migrateDerivedItems, DERIVED_ITEMS_VERSION } from '../maintenance/migrate.js';
export type { ThrottlePolicy } from '../auth/throttle.js';
export { LocalIdentity } from '../auth/local-identity.js';
export type { IdentityProvider } from '../auth/identity-provider.js';

// `node scripts/pnpm.mjs <args>` runs the project's pinned pnpm without a global install.
import { pnpm } from './bootstrap.mjs';

pnpm(process.argv.slice(2));

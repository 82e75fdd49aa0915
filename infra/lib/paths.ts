import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Absolute paths the stack reads at synth time. Resolved from this file rather than the working
 * directory, so `cdk synth` at the root and vitest inside `infra/` see the same tree.
 */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export const paths = {
  repoRoot,
  lockFile: join(repoRoot, 'pnpm-lock.yaml'),
  apiEntry: join(repoRoot, 'services/api/src/handler.ts'),
  /** The GSO catalogue is read with fs at runtime, so it ships as a file beside the bundle. */
  catalogue: join(repoRoot, 'services/api/data/dvhcvn-2025-03-01.json'),
  consoleDist: join(repoRoot, 'web/dist'),
  /** Directory holding the `pnpm` shim used while bundling. */
  tools: join(repoRoot, 'infra/tools'),
} as const;

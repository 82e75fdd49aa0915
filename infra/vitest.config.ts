import { defineConfig } from 'vitest/config';

// Synthesis bundles the API with esbuild and the CLI test runs a whole `cdk synth`: both take
// seconds, hence the long timeouts. Self-contained so the root config can list it as a project.
export default defineConfig({
  test: {
    name: 'infra',
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

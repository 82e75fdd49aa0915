import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createLogger, startLocalStack } from '@antq/api/local';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The whole product as `npm start` runs it, but in memory and on a random port, for browser tests. */
export default async function setup(project: TestProject) {
  const stack = await startLocalStack({
    port: 0,
    consoleDir: join(root, 'web', 'dist'),
    log: createLogger('silent'),
  });
  project.provide('baseUrl', stack.url);
  return () => stack.stop();
}

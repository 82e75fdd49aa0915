// `npm test`: install what is missing, type-check every package, build the console, then run
// every suite in one vitest run: unit, integration (DynamoDB Local), infra (CDK synth,
// assertions, cdk-nag) and browser end-to-end (Debian Chromium).
import { ensureConsoleBuilt } from './console-build.mjs';
import { ensureChromium, ensureDependencies, ensureJava, pnpm, say } from './bootstrap.mjs';

ensureDependencies();
ensureJava();
ensureChromium();

say('Kiểm tra kiểu (tsc) cho mọi gói…');
pnpm(['-r', '--workspace-concurrency=2', 'run', 'typecheck']);
pnpm(['run', 'typecheck']); // the cross-package tests under test/
ensureConsoleBuilt({ force: process.env.CI === 'true' });

say('Chạy kiểm thử (vitest)…');
pnpm(['exec', 'vitest', 'run', ...process.argv.slice(2)]);

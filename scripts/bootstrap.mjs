// Bootstraps what `npm start` and `npm test` need on a machine that has only Node.js and npm:
// a pinned pnpm (installed into .tools/, no global install, no corepack), the workspace's
// dependencies, and the Debian packages the local stack uses (Java 17, Chromium).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Local runs target Node 20 on purpose (Lambda runs Node 22): the SDK's notice about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = pkg.packageManager.split('@')[1];
const toolsDir = join(root, '.tools');
const pnpmBin = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');

export function say(message) {
  process.stdout.write(`\x1b[36m▸\x1b[0m ${message}\n`);
}

function installedPnpmVersion() {
  const manifest = join(toolsDir, 'node_modules', 'pnpm', 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/** Installs the pinned pnpm into .tools/ once; later runs reuse it. */
export function ensurePnpm() {
  if (installedPnpmVersion() === pnpmVersion) return;
  say(`Cài pnpm ${pnpmVersion} vào .tools/ (installing pnpm locally)…`);
  execFileSync(
    'npm',
    ['install', '--prefix', toolsDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `pnpm@${pnpmVersion}`],
    { stdio: 'inherit', cwd: root },
  );
}

/** Runs pnpm with the given arguments from the repository root; exits on failure. */
export function pnpm(args, options = {}) {
  ensurePnpm();
  const result = spawnSync(process.execPath, [pnpmBin, ...args], { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs the workspace's dependencies from the lockfile (fast when nothing changed). */
export function ensureDependencies() {
  say('Kiểm tra các gói phụ thuộc (pnpm install --frozen-lockfile)…');
  pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

function has(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

let aptUpdated = false;
function aptInstall(packages, why) {
  if (process.platform !== 'linux' || !has('apt-get', ['--version'])) {
    console.error(`✖ Thiếu ${why}. Hãy cài: ${packages.join(' ')} (missing ${why}; install it with your package manager).`);
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  say(`Cài ${packages.join(', ')} từ Debian (${why} is missing; installing with apt-get)…`);
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    const r = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error(`✖ apt-get ${args.join(' ')} failed. Install ${packages.join(' ')} by hand, then run again.`);
      process.exit(1);
    }
  };
  if (!aptUpdated) run(['update', '-q']);
  aptUpdated = true;
  run(['install', '-y', '-q', '--no-install-recommends', ...packages]);
}

/** DynamoDB Local is a Java program: it needs a Java 17+ runtime. */
export function ensureJava() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${probe.stderr ?? ''}${probe.stdout ?? ''}`);
  if (probe.status === 0 && match && Number(match[1]) >= 17) return;
  aptInstall(['openjdk-17-jre-headless'], 'Java 17 (needed by DynamoDB Local)');
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests drive Debian's Chromium (a test tool's own browser download cannot work offline). */
export function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  aptInstall(['chromium', 'fonts-dejavu-core'], 'Chromium (needed by the browser tests)');
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, root, say } from './bootstrap.mjs';

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Builds web/dist when it is missing or older than the console's (or the shared packages') sources. */
export function ensureConsoleBuilt({ force = false } = {}) {
  const built = join(root, 'web', 'dist', 'index.html');
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'packages/domain/src', 'packages/sheets/src', 'packages/documents/src'].map((p) => join(root, p)).filter(existsSync);
  if (!force && existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) return;
  say('Đóng gói giao diện (vite build)…');
  pnpm(['--filter', '@antq/web', 'build']);
}

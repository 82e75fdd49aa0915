#!/usr/bin/env node
// Bundles the API's DOCX/XLSX writers (services/api/src/documents/writers.ts: docx, exceljs and
// the workspace's document packages) into one file beside the Lambda's handler bundle. Run by the
// API function's afterBundling hook: `node bundle-document-writers.mjs <repo root> <output dir>`.
//
// Why a second file: the handler bundle must stay ≤ 1 MB minified and start fast, and the
// writers alone weigh more than that; the handler imports this file by path on the first file
// request only (services/api/src/documents/loader.ts). CommonJS output, because exceljs and its
// dependencies require() Node built-ins, which an ES module bundle cannot do without a shim.
import { join } from 'node:path';
import { build } from 'esbuild';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error('usage: bundle-document-writers.mjs <repo root> <output dir>');
  process.exit(2);
}

const result = await build({
  entryPoints: [join(root, 'services/api/src/documents/writers.ts')],
  outfile: join(outDir, 'document-writers.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  // The runtime provides the SDK; the writers never use it, but nothing of it is to be inlined.
  external: ['@aws-sdk/*'],
  metafile: true,
  logLevel: 'warning',
});
const size = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`document-writers.cjs  ${(size / 1024).toFixed(1)}kb`);

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '../lib/paths.js';
import { prodContext } from './support/synth.js';

const outdir = mkdtempSync(join(tmpdir(), 'antq-cdk-cli-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Runs the pinned CLI the way CI does: from the root (cdk.json), offline, without notices. */
function cdk(args: string[]): Promise<{ code: number | null; output: string }> {
  const bin = join(paths.repoRoot, 'infra/node_modules/.bin/cdk');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      cwd: paths.repoRoot,
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: 'true', CI: 'true', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('cdk synth (CLI)', () => {
  it.each([
    ['dev', 'Antq-dev', []],
    ['prod', 'Antq-prod', Object.entries(prodContext).flatMap(([key, value]) => ['-c', `${key}=${value}`])],
  ])('synthesizes the %s stage offline with cdk-nag passing', async (stage, stackName, context) => {
    const out = join(outdir, stage);
    const { code, output } = await cdk(['synth', '--quiet', '--no-notices', '--lookups=false', '-o', out, ...(context.length ? context : ['-c', 'stage=dev'])]);
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/AwsSolutions-/);
    const read = (name: string) => JSON.parse(readFileSync(join(out, `${name}.template.json`), 'utf8'));
    expect(existsSync(join(out, `${stackName}.template.json`))).toBe(true);
    const main = read(stackName);
    expect(Object.values<{ Type: string }>(main.Resources).some((r) => r.Type === 'AWS::Lambda::Function')).toBe(true);
    const edge = read(`${stackName}-edge`);
    expect(Object.values<{ Type: string }>(edge.Resources).map((r) => r.Type)).toContain('AWS::WAFv2::WebACL');
  });

  it('refuses a prod synthesis without its domains, saying what is missing', async () => {
    const { code, output } = await cdk(['synth', '--quiet', '--no-notices', '--lookups=false', '-o', join(outdir, 'prod-incomplete'), '-c', 'stage=prod']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/prod stage needs its domains/);
  });
});

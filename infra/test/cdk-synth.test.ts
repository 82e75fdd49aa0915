import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '../lib/paths.js';

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
  it('synthesizes AntqStack offline with cdk-nag passing', async () => {
    const { code, output } = await cdk(['synth', '--quiet', '--no-notices', '--lookups=false', '-o', outdir]);
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/AwsSolutions-/);
    const templatePath = join(outdir, 'AntqStack.template.json');
    expect(existsSync(templatePath)).toBe(true);
    const template = JSON.parse(readFileSync(templatePath, 'utf8'));
    expect(Object.values<{ Type: string }>(template.Resources).some((r) => r.Type === 'AWS::Lambda::Function')).toBe(true);
  });
});

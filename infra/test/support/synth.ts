import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AntqStack, type AntqStackProps } from '../../lib/antq-stack.js';
import { repoRoot } from '../../lib/paths.js';

/** The feature flags `cdk synth` uses, so tests see the template the CLI produces. */
export function cdkContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')).context;
}

export interface Synthesized {
  app: App;
  stack: AntqStack;
  template: Template;
  /** The cloud assembly directory, holding the staged assets. */
  outdir: string;
  /** Removes the assembly (it holds a copy of every asset). */
  cleanup: () => void;
}

/** Builds the stack into a fresh temporary assembly; bundles the API, so call it once per file. */
export function synthesize(props: AntqStackProps = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'antq-cdk-'));
  const app = new App({ outdir, context: cdkContext() });
  const stack = new AntqStack(app, 'AntqStack', props);
  return { app, stack, template: Template.fromStack(stack), outdir, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** A console build directory that does not exist, for the "web not built" path. */
export const missingConsoleDist = join(tmpdir(), 'antq-no-console-build');

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addAntqStacks } from '../../lib/antq-app.js';
import type { AntqStack } from '../../lib/antq-stack.js';
import type { AntqEdgeStack } from '../../lib/edge-stack.js';
import { repoRoot } from '../../lib/paths.js';

/** The feature flags `cdk synth` uses, so tests see the template the CLI produces. */
export function cdkContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')).context;
}

/** Context of a prod synthesis: its required domains (the certificates need not exist to synthesize). */
export const prodContext = {
  stage: 'prod',
  alarmEmail: 'vanhanh@example.gov.vn',
  domainName: 'antq.example.gov.vn',
  certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-2222-3333-4444-555555555555',
  apiDomainName: 'api-origin.antq.example.gov.vn',
  apiCertificateArn: 'arn:aws:acm:ap-southeast-1:111122223333:certificate/66666666-7777-8888-9999-000000000000',
} as const;

export interface Synthesized {
  app: App;
  /** The main stack (`Antq-<stage>`). */
  stack: AntqStack;
  edge: AntqEdgeStack;
  template: Template;
  edgeTemplate: Template;
  /** The cloud assembly directory, holding the staged assets. */
  outdir: string;
  /** Removes the assembly (it holds a copy of every asset). */
  cleanup: () => void;
}

export interface SynthesizeOptions {
  consoleDistDir?: string;
  /** CDK context on top of cdk.json's (e.g. `prodContext`); dev by default. */
  context?: Record<string, string>;
  /** Skip bundling the API (a placeholder asset): for template assertions that need no bundle. */
  bundle?: boolean;
}

/** Builds a stage's stacks into a fresh temporary assembly; bundles the API, so call it once per file. */
export function synthesize(options: SynthesizeOptions = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'antq-cdk-'));
  const noBundling = options.bundle === false ? { 'aws:cdk:bundling-stacks': [] } : {};
  const app = new App({ outdir, context: { ...cdkContext(), ...noBundling, ...options.context } });
  const { main, edge } = addAntqStacks(app, options.consoleDistDir ? { consoleDistDir: options.consoleDistDir } : {});
  return {
    app,
    stack: main,
    edge,
    template: Template.fromStack(main),
    edgeTemplate: Template.fromStack(edge),
    outdir,
    cleanup: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** A console build directory that does not exist, for the "web not built" path. */
export const missingConsoleDist = join(tmpdir(), 'antq-no-console-build');

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addAntqStacks } from '../lib/antq-app.js';
import { AwsSolutionsChecks } from '../lib/nag.js';
import { cdkContext, missingConsoleDist, prodContext } from './support/synth.js';

const builtDist = mkdtempSync(join(tmpdir(), 'antq-web-dist-'));
writeFileSync(join(builtDist, 'index.html'), '<!doctype html>');
const outdirs: string[] = [];
afterAll(() => {
  for (const dir of [builtDist, ...outdirs]) rmSync(dir, { recursive: true, force: true });
});

/** Both stacks of a stage (the edge stack in us-east-1 and the main one), checked together. */
function build(consoleDistDir: string, context: Record<string, string>) {
  const outdir = mkdtempSync(join(tmpdir(), 'antq-nag-'));
  outdirs.push(outdir);
  // No bundling: the findings are about the templates, and the bundle is checked in api-bundle.test.ts.
  const app = new App({ outdir, context: { ...cdkContext(), 'aws:cdk:bundling-stacks': [], ...context } });
  addAntqStacks(app, { consoleDistDir });
  return { app, stack: app };
}

const findingIds = (stack: IConstruct) => new AwsSolutionsChecks().validateScope(stack).violations.map((v) => v.ruleName);

/** Acknowledgements recorded in the tree: `{ id: reason }` per construct, as CDK stores them. */
function acknowledgements(root: IConstruct): Array<{ path: string; id: string; reason: string }> {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ path: c.node.path, id: id.replace(/^annotation::/i, ''), reason })),
  );
}

describe.each([
  ['dev, console built', builtDist, {}],
  ['dev, console not built', missingConsoleDist, {}],
  ['prod, console built', builtDist, prodContext],
])('cdk-nag AwsSolutions (%s)', (_name, dist, context: Record<string, string>) => {
  const { app, stack } = build(dist, context);

  it('reports no unacknowledged finding, error or warning', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((v) => `${v.severity} ${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('lets the app synthesize with the pack registered as a validation plugin', () => {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });

  it('gives every acknowledgement a specific reason', () => {
    const acks = acknowledgements(stack);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^(AwsSolutions-[A-Z0-9]+(\[.+\])?)$/);
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(40);
    }
  });

  it('acknowledges only findings that actually occur', () => {
    // Rebuild with acknowledgements ignored to see every raw finding, then compare.
    const spy = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
    const raw = new Set(findingIds(build(dist, context).stack));
    spy.mockRestore();
    expect(raw.size).toBeGreaterThan(0);
    const stale = acknowledgements(stack).filter((ack) => !raw.has(ack.id));
    expect(stale).toEqual([]);
  });
});

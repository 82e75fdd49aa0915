import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueFileName } from '../lib/api.js';
import { paths } from '../lib/paths.js';
import { synthesize } from './support/synth.js';

const { stack, template, outdir, cleanup } = synthesize();
const sandbox = mkdtempSync(join(tmpdir(), 'antq-lambda-'));
afterAll(() => {
  cleanup();
  rmSync(sandbox, { recursive: true, force: true });
});

/** The staged directory of the API's code asset, found through the assembly's asset manifest. */
function apiAssetDir(): string {
  const functionId = stack.getLogicalId(stack.api.function.node.defaultChild as never);
  const hash = String(template.toJSON().Resources[functionId].Properties.Code.S3Key).replace(/\.zip$/, '');
  const source = JSON.parse(readFileSync(join(outdir, 'AntqStack.assets.json'), 'utf8')).files[hash]?.source;
  expect(source?.packaging).toBe('zip');
  return join(outdir, source.path);
}

describe('API bundle', () => {
  const dir = apiAssetDir();
  const bundle = join(dir, 'index.mjs');

  it('is an ES module of at most 1 MB', () => {
    const size = statSync(bundle).size;
    console.info(`API bundle: ${(size / 1024).toFixed(1)} KiB`);
    expect(size).toBeLessThanOrEqual(1024 * 1024);
    const code = readFileSync(bundle, 'utf8');
    expect(code).toContain('createRequire');
    // The SDK comes from the runtime: it must stay an import, not be inlined.
    expect(code).toMatch(/from\s*"@aws-sdk\/client-sts"/);
    expect(code).toMatch(/from\s*"@aws-sdk\/client-cognito-identity-provider"/);
  });

  it('has the catalogue beside it as a file, not inside it', () => {
    const catalogue = join(dir, catalogueFileName);
    expect(existsSync(catalogue)).toBe(true);
    expect(statSync(catalogue).size).toBe(statSync(paths.catalogue).size);
    expect(statSync(bundle).size).toBeLessThan(statSync(paths.catalogue).size);
  });

  it('boots as the Lambda would and answers /health through handle(app)', async () => {
    // A copy of the bundle beside a node_modules holding only the SDK (the workspace's copies),
    // like /var/task next to the runtime's SDK: anything else it needs must be inside the bundle.
    copyFileSync(bundle, join(sandbox, 'index.mjs'));
    mkdirSync(join(sandbox, 'node_modules/@aws-sdk'), { recursive: true });
    for (const owner of ['services/api', 'packages/db']) {
      const sdkDir = join(paths.repoRoot, owner, 'node_modules/@aws-sdk');
      for (const name of readdirSync(sdkDir)) {
        const link = join(sandbox, 'node_modules/@aws-sdk', name);
        if (!existsSync(link)) symlinkSync(join(sdkDir, name), link);
      }
    }
    const script = `
      const { handler } = await import('./index.mjs');
      const http = { method: 'GET', path: '/health', protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 'test' };
      const event = { version: '2.0', routeKey: '$default', rawPath: '/health', rawQueryString: '', headers: { host: 'api' },
        requestContext: { http, requestId: 'r1', routeKey: '$default', stage: '$default', domainName: 'api', timeEpoch: 0 },
        isBase64Encoded: false };
      process.stdout.write('\\nRESULT ' + JSON.stringify(await handler(event, {})));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: sandbox,
      env: {
        PATH: process.env.PATH,
        AUTH_MODE: 'cognito',
        COGNITO_USER_POOL_ID: 'ap-southeast-1_test',
        COGNITO_CLIENT_ID: 'test-client',
        TABLE_NAME: 'antq',
        AWS_REGION: 'ap-southeast-1',
        TENANT_ROLE_ARN: 'arn:aws:iam::123456789012:role/TenantDataAccess',
        CATALOGUE_PATH: join(dir, catalogueFileName),
      },
    });
    // The app logs JSON lines to stdout too: the answer is the line marked RESULT.
    const response = JSON.parse(stdout.split('\nRESULT ')[1] ?? '{}');
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
  });
});

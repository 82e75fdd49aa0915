import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueFileName, documentWritersFileName } from '../lib/api.js';
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
  const source = JSON.parse(readFileSync(join(outdir, `${stack.artifactId}.assets.json`), 'utf8')).files[hash]?.source;
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
    // The DOCX/XLSX writers are a file of their own, imported by path on the first file request.
    expect(code).not.toContain('schemas.openxmlformats.org/wordprocessingml/2006/main');
    expect(code).not.toContain('exceljs');
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

  it('has the DOCX/XLSX writers beside it, and they render with nothing but the runtime', async () => {
    const writers = join(dir, documentWritersFileName);
    expect(existsSync(writers)).toBe(true);
    console.info(`Document writers: ${(statSync(writers).size / 1024).toFixed(1)} KiB, loaded on the first file request`);
    const copy = join(sandbox, 'writers-only');
    mkdirSync(copy, { recursive: true });
    copyFileSync(writers, join(copy, documentWritersFileName));
    const script = `
      const started = performance.now();
      const w = await import('./${documentWritersFileName}');
      const loaded = performance.now() - started;
      const decision = { decisionId: 'd', fields: { authorityLevel: 'district', issuingBody: 'Ủy ban nhân dân quận Kiến An', number: '215/QĐ-UBND',
        date: '2023-05-30', place: 'Kiến An', signer: { name: 'Nguyễn Văn Thành', title: 'Chủ tịch' } },
        lines: [{ outcomeId: 'o', nominationId: 'n', formCode: 'gk', recipient: { kind: 'collective', name: 'Công an phường Bắc Sơn' } }] };
      const forms = [{ code: 'gk', name: 'Giấy khen của Chủ tịch UBND quận/huyện' }];
      const docx = await w.awardDecisionDocx({ decision, forms });
      const xlsx = await w.awardListXlsx({ decision, forms });
      process.stdout.write('\\nRESULT ' + JSON.stringify({ loaded, docx: [...docx.slice(0, 2)], xlsx: [...xlsx.slice(0, 2)], sizes: [docx.length, xlsx.length] }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: copy, env: { PATH: process.env.PATH } });
    const result = JSON.parse(stdout.split('\nRESULT ')[1] ?? '{}');
    console.info(`Document writers: imported in ${Math.round(result.loaded)} ms`);
    expect(result.docx).toEqual([0x50, 0x4b]); // "PK": a zip package
    expect(result.xlsx).toEqual([0x50, 0x4b]);
    expect(Math.min(...result.sizes)).toBeGreaterThan(1000);
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

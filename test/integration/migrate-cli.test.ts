import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { keys } from '@antq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DERIVED_ITEMS_VERSION } from '../../services/api/src/maintenance/migrate.js';
import { createTestApi, type TestApi } from '../support/test-api.js';

// `npm run migrate` as the deploy step runs it: a separate process, the table taken from the
// outputs file `cdk deploy --outputs-file` writes (here pointing at DynamoDB Local).
const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'antq-migrate-'));
let api: TestApi;

const migrate = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'services/api/src/cli/migrate.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DYNAMODB_ENDPOINT: api.config.dynamoEndpoint, TABLE_NAME: '', LOG_LEVEL: 'silent' },
  }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
  );

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run migrate (deploy step)', () => {
  it("migrates the table named in the stack's outputs, then finds nothing to do", async () => {
    const outputs = join(dir, 'cdk-outputs-dev.json');
    writeFileSync(outputs, JSON.stringify({ 'Antq-dev-edge': {}, 'Antq-dev': { TableName: api.tableName, Region: 'ap-southeast-1', ConsoleUrl: 'https://x' } }));
    const platform = api.data.platform();
    await platform.write({ Delete: { TableName: api.tableName, Key: keys.platformSetting('derived-items') } });

    const first = await migrate('--outputs', outputs);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain(`Bảng ${api.tableName} của Antq-dev (ap-southeast-1).`);
    expect(first.out).toMatch(/✔ Đã cập nhật dữ liệu dẫn xuất của \d+ quận\/huyện\./);
    expect(await platform.get(keys.platformSetting('derived-items'))).toMatchObject({ version: DERIVED_ITEMS_VERSION });

    const again = await migrate('--outputs', outputs);
    expect(again.out).toContain('không có gì phải làm');
  });

  it('refuses an outputs file without exactly one stack holding a table', async () => {
    const outputs = join(dir, 'two.json');
    writeFileSync(outputs, JSON.stringify({ 'Antq-dev': { TableName: 'a' }, 'Antq-prod': { TableName: 'b' } }));
    const { code, out } = await migrate('--outputs', outputs);
    expect(code).toBe(2);
    expect(out).toContain('--stack Antq-prod');
  });
});

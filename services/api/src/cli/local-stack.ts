import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Points the CLI at the DynamoDB Local that `npm start` runs, unless an endpoint or table is set. */
export function useLocalStackIfRunning(): void {
  const root = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
  const stackFile = join(root, '.data', 'local-stack.json');
  if (process.env.DYNAMODB_ENDPOINT || process.env.TABLE_NAME || !existsSync(stackFile)) return;
  const stack = JSON.parse(readFileSync(stackFile, 'utf8')) as { dynamoEndpoint: string; tableName: string };
  process.env.DYNAMODB_ENDPOINT = stack.dynamoEndpoint;
  process.env.TABLE_NAME = stack.tableName;
}

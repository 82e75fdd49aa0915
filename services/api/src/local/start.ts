import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDynamoClient, ensureTable } from '@antq/db';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { catalogueLookup } from '../catalogue/load.js';
import { readConfig } from '../config.js';
import { createLogger } from '../log.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';
import { startDynamoLocal } from './dynamo-local.js';
import { createLocalApi } from './local-api.js';
import { seedDemo } from './seed.js';

// `npm start`: DynamoDB Local with data on disk, the table, the demo data, then API + console on one port.
const root = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
const dataDir = join(root, '.data');
const consoleDir = join(root, 'web', 'dist');
const port = Number(process.env.PORT ?? 3000);
const log = createLogger();

mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
const dynamo = await startDynamoLocal({ dbPath: join(dataDir, 'dynamodb'), port: Number(process.env.DYNAMODB_PORT ?? 8000) });
process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
const config = readConfig();
writeFileSync(join(dataDir, 'local-stack.json'), JSON.stringify({ dynamoEndpoint: dynamo.endpoint, tableName: config.tableName, port }));

const table = await ensureTable(createDynamoClient({ region: config.region, endpoint: dynamo.endpoint }), config.tableName);
const { app, data } = await createLocalApi(config, { keyFile: join(dataDir, 'issuer-key.json'), log });
const seeded = await seedDemo(data.platform(), catalogueLookup(config.cataloguePath));
log.info('local stack ready', { dynamoEndpoint: dynamo.endpoint, table, ...seeded });

if (existsSync(join(consoleDir, 'index.html'))) {
  const indexHtml = readFileSync(join(consoleDir, 'index.html'), 'utf8');
  app.use('/*', serveStatic({ root: relative(process.cwd(), consoleDir) }));
  // The console routes in the browser: any other page path gets the app shell.
  app.get('*', (c) => c.html(indexHtml));
} else {
  log.warn('console not built: web/dist/index.html is missing');
}

const server = serve({ fetch: app.fetch, port }, () => {
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    '',
    `  Hệ thống điều phối phong trào Toàn dân bảo vệ ANTQ đang chạy: http://localhost:${port}`,
    `  API: http://localhost:${port}/trpc   Kiểm tra: http://localhost:${port}/health`,
    '',
    `  Tài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):`,
    ...demoUsers.map((u) => `    ${pad(u.username, 22)} ${u.description}`),
    '',
    '  Dừng: Ctrl+C (dữ liệu được giữ trong .data/)',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  server.close();
  await dynamo.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';
import { startLocalStack } from './stack.js';

// `npm start`: the local stack with its data kept in .data/ between runs.
const root = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
const stack = await startLocalStack({
  dataDir: join(root, '.data'),
  port: Number(process.env.PORT ?? 3000),
  dynamoPort: Number(process.env.DYNAMODB_PORT ?? 8000),
  consoleDir: join(root, 'web', 'dist'),
  log: createLogger(),
});

process.stdout.write(
  [
    '',
    `  Hệ thống điều phối phong trào Toàn dân bảo vệ ANTQ đang chạy: ${stack.url}`,
    `  API: ${stack.url}/trpc   Kiểm tra: ${stack.url}/health`,
    '',
    `  Tài khoản dùng thử (mật khẩu chung: ${DEMO_PASSWORD}):`,
    ...demoUsers.map((u) => `    ${u.username.padEnd(22)} ${u.description}`),
    '',
    '  Dừng: Ctrl+C (dữ liệu được giữ trong .data/)',
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

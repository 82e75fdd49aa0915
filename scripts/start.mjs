// `npm start`: install what is missing, build the console if its sources changed, then run the
// local stack (DynamoDB Local on disk + API + console on http://localhost:$PORT, default 3000).
import { spawn } from 'node:child_process';
import { ensureConsoleBuilt } from './console-build.mjs';
import { ensureDependencies, ensureJava, root, say } from './bootstrap.mjs';

ensureDependencies();
ensureJava();
ensureConsoleBuilt();

say('Khởi động DynamoDB Local, dữ liệu mẫu, API và giao diện…');
const child = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/local/start.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// What other packages may import from the API: its router's type (the console and the ward client).
export type { AppRouter } from './routers/index.js';
export type { ErrorData } from './trpc/init.js';

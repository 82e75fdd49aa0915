import type { SessionUser } from '@antq/domain';
import type { Logger } from './log.js';

/** What Hono's context carries for every request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    user?: SessionUser;
  };
}

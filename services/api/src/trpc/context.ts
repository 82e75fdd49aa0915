import type { CatalogueDistrict, SessionUser } from '@antq/domain';
import type { DataAccess } from '../data-access.js';
import type { Logger } from '../log.js';

/** Everything a procedure may use. `user` comes only from a verified token. */
export type Context = {
  user?: SessionUser;
  requestId: string;
  log: Logger;
  data: DataAccess;
  findDistrict: (districtCode: string) => Promise<CatalogueDistrict | undefined>;
};

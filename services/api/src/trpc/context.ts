import type { AdministrativeUnit, CatalogueDistrict, SessionUser } from '@antq/domain';
import type { IdentityProvider } from '../auth/identity-provider.js';
import type { DataAccess } from '../data-access.js';
import type { Logger } from '../log.js';

/** Everything a procedure may use. `user` comes only from a verified token. */
export type Context = {
  user?: SessionUser;
  requestId: string;
  log: Logger;
  data: DataAccess;
  /** Where accounts' passwords live: Cognito in AWS, the local issuer here. */
  identity: IdentityProvider;
  findDistrict: (districtCode: string) => Promise<CatalogueDistrict | undefined>;
  findProvince: (provinceCode: string) => Promise<AdministrativeUnit | undefined>;
};

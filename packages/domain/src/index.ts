export * from './validation/vietnamese.js';
export * from './identity/roles.js';
export * from './tenancy/codes.js';
export * from './tenancy/units.js';
export * from './tenancy/sort.js';

import { partitions, platformIndexPartitionPrefixes, platformPartitionPrefixes } from '@antq/db/keys';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { indexArns } from './data-table.js';

/**
 * What the API function's own role may do with items: platform work (sign-in, the account read of
 * every request, sign-out, the tenant registry, settings, migrations' bookkeeping). No Scan, no
 * BatchWriteItem, never a district's partition and no write to a province's: those are reached
 * only through the TenantDataAccess, ProvinceReadAccess and OperatorDataAccess sessions.
 */
export const platformItemActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** `PLATFORM#*`, `USER#*`, `SIGNIN#*`, `REVOKED#*`: the platform's partitions, from `@antq/db`'s key builders. */
export const platformLeadingKeys = platformPartitionPrefixes.map((prefix) => `${prefix}*`);
/** `ACCOUNTS#*`: GSI1 partitions of the account listings. */
export const platformIndexLeadingKeys = platformIndexPartitionPrefixes.map((prefix) => `${prefix}*`);
/** `P#*#TENANTS`: the provinces' registries of onboarded districts (codes and names, no district data). */
export const provinceRegistryLeadingKeys = [partitions.tenantsOfProvince('*')];
/** Onboarding reads the province index before writing (on an operator session); reading is all this role does there. */
export const provinceRegistryReadActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;

/** Grants the API function's role its platform items: on the table, and account listings on GSI1. */
export function grantPlatformItems(role: iam.IRole, table: dynamodb.ITable): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'PlatformItemsOnly',
      actions: [...platformItemActions],
      resources: [table.tableArn],
      // ForAllValues is vacuously true for a request without leading keys (a Scan): Scan stays out of the actions.
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': platformLeadingKeys } },
    }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'ProvinceRegistryReads',
      actions: [...provinceRegistryReadActions],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': provinceRegistryLeadingKeys } },
    }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'AccountListings',
      actions: ['dynamodb:Query'],
      resources: indexArns(table),
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': platformIndexLeadingKeys } },
    }),
  );
}

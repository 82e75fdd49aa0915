import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { apiAssumedRole } from './assumed-role.js';
import { tableAndIndexArns } from './data-table.js';

/** Session tag that carries the caller's district code; the role's policy keys off it. */
export const tenantTag = 'TenantId';

/** Item-level actions a tenant session may use. Scan is deliberately absent (see below). */
export const tenantItemActions = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:Query',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
] as const;

/**
 * Partition keys a tenant session may touch. `D#<t>` is the tenant's own head partition and
 * `D#<t>#*` everything below it; the separator matters, because `D#<t>*` would also let district
 * `12` read district `123`.
 */
export const tenantLeadingKeys = [`D#\${aws:PrincipalTag/${tenantTag}}`, `D#\${aws:PrincipalTag/${tenantTag}}#*`];

export interface TenantAccessProps {
  /** The table tenant sessions read and write. */
  readonly table: dynamodb.ITable;
  /** The role allowed to assume this one (the API Lambda's execution role). */
  readonly trustedRole: iam.IRole;
}

/**
 * The `TenantDataAccess` role: the API assumes it per request with the caller's district as a
 * session tag, so IAM itself confines a request to that district's partitions — a second wall
 * behind the repository's own key checks.
 */
export class TenantAccess extends Construct {
  /** The role; its ARN reaches the Lambda as `TENANT_ROLE_ARN`. */
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: TenantAccessProps) {
    super(scope, id);
    const { table, trustedRole } = props;

    // Tagging is what scopes the session.
    this.role = apiAssumedRole(this, 'Role', {
      trustedRole,
      requiredTag: tenantTag,
      allowedTags: [tenantTag, 'ProvinceId'],
      description: 'Per-request tenant credentials: DynamoDB items whose partition key is the session tag TenantId',
    });

    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'TenantItemsOnly',
        actions: [...tenantItemActions],
        resources: tableAndIndexArns(table),
        // ForAllValues is vacuously true when a request has no leading keys, which is exactly what
        // a Scan looks like: that is why Scan must never be added to the actions above.
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': tenantLeadingKeys } },
      }),
    );

  }
}

import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { apiAssumedRole } from './assumed-role.js';
import { platformLeadingKeys } from './platform-access.js';
import { provinceTag } from './province-access.js';
import { tenantTag } from './tenant-access.js';

/**
 * What an operator session may do: read, and write single items. No DeleteItem (tenant items and
 * audit entries are never removed by platform work), no BatchWriteItem, no Scan; on the table only
 * (platform work lists accounts on GSI1 with the function's own role).
 */
export const operatorItemActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:ConditionCheckItem',
] as const;

/**
 * A district's partitions platform work touches: `D#<t>` (the tenant, its wards, read by account
 * checks and written by onboarding) and `D#<t>#AUDIT` (the trail of onboarding and of the
 * district's account changes). Never `D#<t>#*`: campaigns, records, idempotency keys stay out.
 */
export const operatorTenantLeadingKeys = [`D#\${aws:PrincipalTag/${tenantTag}}`, `D#\${aws:PrincipalTag/${tenantTag}}#AUDIT`];
/** The province's registry of onboarded districts, written by onboarding. */
export const operatorProvinceLeadingKeys = [`P#\${aws:PrincipalTag/${provinceTag}}#*`];

export interface OperatorAccessProps {
  readonly table: dynamodb.ITable;
  /** The role allowed to assume this one (the API Lambda's execution role). */
  readonly trustedRole: iam.IRole;
}

/**
 * The `OperatorDataAccess` role: platform work that touches one district's items (onboarding it,
 * an account change audited in its trail) assumes it with the district as the `TenantId` session
 * tag (and the province as `ProvinceId` when onboarding), one district per session. The platform's
 * partitions are allowed too, because one transaction writes both (the account and its audit entry).
 */
export class OperatorAccess extends Construct {
  /** The role; its ARN reaches the Lambda as `OPERATOR_ROLE_ARN`. */
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: OperatorAccessProps) {
    super(scope, id);
    const { table, trustedRole } = props;
    this.role = apiAssumedRole(this, 'Role', {
      trustedRole,
      requiredTag: tenantTag,
      allowedTags: [tenantTag, provinceTag],
      description: "Platform work on one district's items: its head and audit partitions, its province's registry, the platform's partitions",
    });
    const item = (sid: string, leadingKeys: string[]) =>
      new iam.PolicyStatement({
        sid,
        actions: [...operatorItemActions],
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': leadingKeys } },
      });
    // One statement for the district and the platform (a BatchGet may read both); the province apart,
    // so that a session without the ProvinceId tag matches nothing there rather than a guessed pattern.
    this.role.addToPolicy(item('OperatorTenantAndPlatformItems', [...operatorTenantLeadingKeys, ...platformLeadingKeys]));
    this.role.addToPolicy(item('OperatorProvinceRegistry', operatorProvinceLeadingKeys));
  }
}

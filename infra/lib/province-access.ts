import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { apiAssumedRole } from './assumed-role.js';
import { tableAndIndexArns } from './data-table.js';

/** Session tag that carries the provincial caller's province code. */
export const provinceTag = 'ProvinceId';

/** What a provincial session may do: read. */
export const provinceReadActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;

export interface ProvinceAccessProps {
  readonly table: dynamodb.ITable;
  /** The role allowed to assume this one (the API Lambda's execution role). */
  readonly trustedRole: iam.IRole;
}

/**
 * The `ProvinceReadAccess` role: read-only. Its own policy allows the province's partitions (by the
 * session tag) and district partitions in general; the API narrows every session with a session
 * policy listing the province's onboarded districts, and IAM grants only what both allow.
 */
export class ProvinceAccess extends Construct {
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: ProvinceAccessProps) {
    super(scope, id);
    const { table, trustedRole } = props;
    this.role = apiAssumedRole(this, 'Role', {
      trustedRole,
      requiredTag: provinceTag,
      allowedTags: [provinceTag],
      description: 'Provincial reads: read-only, narrowed per session to the districts of the province',
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ProvinceReadOnly',
        actions: [...provinceReadActions],
        resources: tableAndIndexArns(table),
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`P#\${aws:PrincipalTag/${provinceTag}}#*`, 'D#*'] } },
      }),
    );
  }
}

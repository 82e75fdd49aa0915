import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A role the API assumes per request with a session tag: the trust refuses an AssumeRole without
 * the tag and allows only the tags the policies read, and the API's own policy says it may.
 */
export function apiAssumedRole(scope: Construct, id: string, props: { trustedRole: iam.IRole; requiredTag: string; allowedTags: string[]; description: string }): iam.Role {
  const principal = new iam.ArnPrincipal(props.trustedRole.roleArn).withConditions({
    Null: { [`aws:RequestTag/${props.requiredTag}`]: 'false' },
    'ForAllValues:StringEquals': { 'aws:TagKeys': props.allowedTags },
  });
  const role = new iam.Role(scope, id, { description: props.description, assumedBy: new iam.SessionTagsPrincipal(principal) });
  // Same-account trust naming the role would suffice, but the grant makes the caller's policy say it too.
  role.grant(props.trustedRole, 'sts:AssumeRole', 'sts:TagSession');
  return role;
}

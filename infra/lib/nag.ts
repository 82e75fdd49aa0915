import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export { AwsSolutionsChecks } from 'cdk-nag';

/**
 * Acknowledges cdk-nag findings on a construct and everything below it. cdk-nag 3 reads CDK's
 * own `Validations` acknowledgements; each finding (e.g. `AwsSolutions-IAM5[Resource::…]`) is
 * named exactly, so a new wildcard elsewhere is still reported.
 */
export function acknowledge(scope: IConstruct, findings: Record<string, string>): void {
  Validations.of(scope).acknowledge(...Object.entries(findings).map(([id, reason]) => ({ id, reason })));
}

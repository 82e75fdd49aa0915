import type { Template } from 'aws-cdk-lib/assertions';

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** Every statement of every policy on a role (separate policies and inline ones), by the role's logical id. */
export function roleStatements(template: Template, roleId: string): Statement[] {
  const attached = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    (policy.Properties.Roles as unknown[]).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId })),
  );
  const role = template.toJSON().Resources[roleId];
  const inline = (role.Properties.Policies ?? []).map((p: { PolicyDocument: unknown }) => p.PolicyDocument);
  return [...attached.map((p) => p.Properties.PolicyDocument), ...inline].flatMap((doc) => doc.Statement);
}

export const actionsOf = (statement: Statement): string[] => [statement.Action].flat();

/** The `dynamodb:LeadingKeys` patterns of a statement (ForAllValues:StringLike), if it has any. */
export const leadingKeysOf = (statement: Statement): string[] | undefined =>
  statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] as string[] | undefined;

/** IAM's StringLike: `*` any run of characters, `?` one; policy variables substituted from the session tags. */
export function stringLike(pattern: string, value: string, tags: Record<string, string> = {}): boolean {
  const substituted = pattern.replace(/\$\{aws:PrincipalTag\/([^}]+)\}/g, (_m, tag: string) => tags[tag] ?? '\u0000missing');
  const regex = new RegExp(`^${substituted.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 's');
  return regex.test(value);
}

/**
 * Whether some Allow statement lets `action` reach an item in partition `pk` (the resource is
 * not compared), as IAM evaluates LeadingKeys per item of a transaction. A simplification of IAM
 * for the statements this stack writes: Allow only, one StringLike condition on LeadingKeys.
 */
export function allowsItem(statements: Statement[], action: string, pk: string, tags: Record<string, string> = {}): boolean {
  return statements.some((s) => {
    if (s.Effect !== 'Allow' || !actionsOf(s).includes(action)) return false;
    const patterns = leadingKeysOf(s);
    // No LeadingKeys condition: the statement reaches every partition.
    return patterns === undefined || patterns.some((p) => stringLike(p, pk, tags));
  });
}

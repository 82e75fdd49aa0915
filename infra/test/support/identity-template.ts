import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Identity } from '../../lib/identity.js';

/** The Cognito resources of the stack's Identity construct, as CloudFormation properties. */
export interface IdentityTemplate {
  userPool: Record<string, any>;
  client: Record<string, any>;
  groups: Array<Record<string, any>>;
}

/**
 * Synthesizes the Identity construct alone (no bundling, no assets: milliseconds) so an emulator
 * can be configured from exactly the user pool, client and groups the stack deploys.
 */
export function identityTemplate(): IdentityTemplate {
  const stack = new Stack(new App(), 'IdentityOnly');
  new Identity(stack, 'Identity');
  const template = Template.fromStack(stack);
  const only = (type: string) => {
    const found = Object.values(template.findResources(type));
    if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}`);
    return found[0]!.Properties as Record<string, any>;
  };
  return {
    userPool: only('AWS::Cognito::UserPool'),
    client: only('AWS::Cognito::UserPoolClient'),
    groups: Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).map((g) => g.Properties as Record<string, any>),
  };
}

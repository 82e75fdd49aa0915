import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from './stage.js';
import { WebAcl } from './web-acl.js';

export interface AntqEdgeStackProps extends StackProps {
  readonly stage: StageConfig;
}

/**
 * What CloudFront needs from us-east-1: the web ACL (a CLOUDFRONT-scope ACL can only be created
 * there). The main stack, in its own region, reads the ACL's ARN through CDK's cross-region
 * references (an SSM parameter written by this stack), so one `cdk deploy --all` deploys both.
 */
export class AntqEdgeStack extends Stack {
  public readonly webAcl: WebAcl;

  constructor(scope: Construct, id: string, props: AntqEdgeStackProps) {
    super(scope, id, props);
    this.webAcl = new WebAcl(this, 'WebAcl', { name: `${props.stage.resourcePrefix}-cloudfront` });
  }
}

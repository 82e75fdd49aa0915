import { type App, CrossStackReferences, ReferenceStrength } from 'aws-cdk-lib';
import { AntqStack } from './antq-stack.js';
import { AntqEdgeStack } from './edge-stack.js';
import { edgeRegion, type StageConfig, stageFromContext } from './stage.js';

export interface AntqStacks {
  readonly stage: StageConfig;
  /** `Antq-<stage>-edge` in us-east-1: the CloudFront web ACL. */
  readonly edge: AntqEdgeStack;
  /** `Antq-<stage>` in the stage's region: everything else. */
  readonly main: AntqStack;
}

/**
 * The stacks of one stage, read from CDK context (`-c stage=dev|prod`, see stage.ts). Both have
 * an explicit region (a cross-region reference needs it) and no account: the deploying
 * credentials decide it, and synthesis needs no lookups.
 *
 * The main stack reads the web ACL's ARN with `Fn::GetStackOutput` (a weak reference: an output
 * of the edge stack, resolved at deploy time), not with CDK's strong cross-region references,
 * which need a custom resource and an SSM parameter in each region and lock the value while used.
 */
export function addAntqStacks(app: App, options: { consoleDistDir?: string } = {}): AntqStacks {
  const stage = stageFromContext(app.node);
  const description = `District coordination of the movement "Toàn dân bảo vệ an ninh Tổ quốc" (${stage.name})`;
  const edge = new AntqEdgeStack(app, stage.edgeStackName, {
    stage,
    env: { region: edgeRegion },
    description: `${description}: CloudFront web ACL`,
  });
  // Weak whatever the app-wide default (cdk.json sets weak too, which also silences CDK's warning).
  CrossStackReferences.of(edge.webAcl.acl).produce(ReferenceStrength.WEAK);
  const main = new AntqStack(app, stage.stackName, {
    stage,
    env: { region: stage.region },
    webAclArn: edge.webAcl.acl.attrArn,
    description,
    ...(options.consoleDistDir && { consoleDistDir: options.consoleDistDir }),
  });
  return { stage, edge, main };
}

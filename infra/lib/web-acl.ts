import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests per IP address in 5 minutes on `/auth/*` (sign-in, refresh, forgotten password) before WAF answers 429. */
export const authRateLimit = 100;
/** Requests per IP address in 5 minutes on any path (an office behind one NAT included). */
export const overallRateLimit = 3000;

const tooManyRequests = JSON.stringify({
  error: { code: 'TOO_MANY_REQUESTS', message: 'Có quá nhiều yêu cầu từ địa chỉ mạng này. Vui lòng thử lại sau ít phút.' },
});

export interface WebAclProps {
  /** The web ACL's name and the prefix of its metric names (`antq-prod-cloudfront`). */
  readonly name: string;
}

/**
 * The CloudFront web ACL (scope CLOUDFRONT, so it must be created in us-east-1): AWS's IP
 * reputation list and known-bad-inputs rules, a rate rule per IP on `/auth/*` and one on
 * everything. The Core rule set is left out on purpose: its 8 KB body rule would block the
 * legitimate large submissions the API accepts up to 1 MB.
 */
export class WebAcl extends Construct {
  public readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    const visibility = (metric: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName: `${props.name}-${metric}`,
      sampledRequestsEnabled: true,
    });
    const managed = (priority: number, name: string): wafv2.CfnWebACL.RuleProperty => ({
      name: `aws-${name}`,
      priority,
      overrideAction: { none: {} },
      statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
      visibilityConfig: visibility(name),
    });
    const rateLimited = (priority: number, name: string, limit: number, scopeDownStatement?: wafv2.CfnWebACL.StatementProperty): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: 'TooManyRequests' } } },
      statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300, ...(scopeDownStatement && { scopeDownStatement }) } },
      visibilityConfig: visibility(name),
    });
    const authPaths: wafv2.CfnWebACL.StatementProperty = {
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        searchString: '/auth/',
        textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
      },
    };

    this.acl = new wafv2.CfnWebACL(this, 'Acl', {
      name: props.name,
      description: 'ANTQ console and API: IP reputation, known bad inputs, rate limits per IP, stricter on /auth/',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      customResponseBodies: { TooManyRequests: { contentType: 'APPLICATION_JSON', content: tooManyRequests } },
      rules: [
        managed(0, 'AWSManagedRulesAmazonIpReputationList'),
        managed(1, 'AWSManagedRulesKnownBadInputsRuleSet'),
        rateLimited(2, 'auth-rate', authRateLimit, authPaths),
        rateLimited(3, 'overall-rate', overallRateLimit),
      ],
      visibilityConfig: visibility('acl'),
    });
  }
}

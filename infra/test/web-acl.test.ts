import { afterAll, describe, expect, it } from 'vitest';
import { authRateLimit, overallRateLimit } from '../lib/web-acl.js';
import { synthesize } from './support/synth.js';

const { stack, edge, template, edgeTemplate, cleanup } = synthesize({ bundle: false });
afterAll(cleanup);
const acl = () => Object.values(edgeTemplate.findResources('AWS::WAFv2::WebACL'))[0]!.Properties;
const rule = (name: string) => acl().Rules.find((r: { Name: string }) => r.Name === name);

describe('CloudFront web ACL (edge stack)', () => {
  it('is a CLOUDFRONT-scope ACL in its own us-east-1 stack, which the main stack follows', () => {
    expect(edge.region).toBe('us-east-1');
    expect(stack.region).toBe('ap-southeast-1');
    expect(acl()).toMatchObject({ Scope: 'CLOUDFRONT', Name: 'antq-dev-cloudfront', DefaultAction: { Allow: {} } });
    expect(stack.dependencies).toContain(edge);
  });

  it('limits /auth/* per IP address and answers 429 with a Vietnamese JSON body', () => {
    expect(rule('auth-rate')).toMatchObject({
      Action: { Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'TooManyRequests' } } },
      Statement: {
        RateBasedStatement: {
          Limit: authRateLimit,
          AggregateKeyType: 'IP',
          EvaluationWindowSec: 300,
          ScopeDownStatement: { ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint: 'STARTS_WITH', SearchString: '/auth/' } },
        },
      },
    });
    const body = acl().CustomResponseBodies.TooManyRequests;
    expect(body.ContentType).toBe('APPLICATION_JSON');
    expect(JSON.parse(body.Content).error.message).toMatch(/Vui lòng thử lại/);
  });

  it('limits every path per IP address more loosely, and uses the IP reputation and known-bad-inputs rules', () => {
    expect(rule('overall-rate').Statement.RateBasedStatement).toMatchObject({ Limit: overallRateLimit, AggregateKeyType: 'IP' });
    expect(overallRateLimit).toBeGreaterThan(authRateLimit);
    const managed = acl().Rules.filter((r: { Statement: { ManagedRuleGroupStatement?: unknown } }) => r.Statement.ManagedRuleGroupStatement);
    expect(managed.map((r: { Statement: { ManagedRuleGroupStatement: { Name: string } } }) => r.Statement.ManagedRuleGroupStatement.Name).sort()).toEqual([
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesKnownBadInputsRuleSet',
    ]);
    const priorities = acl().Rules.map((r: { Priority: number }) => r.Priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('is attached to the distribution through the edge stack output (Fn::GetStackOutput, us-east-1)', () => {
    const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
    const reference = distribution!.Properties.DistributionConfig.WebACLId['Fn::GetStackOutput'];
    expect(reference).toMatchObject({ StackName: edge.stackName, Region: 'us-east-1' });
    const aclId = edge.getLogicalId(edge.webAcl.acl);
    expect(edgeTemplate.toJSON().Outputs[reference.OutputName].Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
  });
});

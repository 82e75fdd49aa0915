import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { prodContext, synthesize } from './support/synth.js';

const dev = synthesize({ bundle: false });
const prod = synthesize({ bundle: false, context: prodContext });
afterAll(() => {
  dev.cleanup();
  prod.cleanup();
});
const { stack, template } = dev;
const topicId = stack.getLogicalId(stack.alarms.topic.node.defaultChild as never);
const functionId = stack.getLogicalId(stack.api.function.node.defaultChild as never);
const tableId = stack.resolve(stack.data.table.tableArn)['Fn::GetAtt'][0] as string;
const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
const alarm = (name: string) => alarms().find((a) => a.AlarmName === `antq-dev-${name}`);

describe('alarms', () => {
  it('notify one SNS topic of the stage, on alarm and on recovery', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'antq-dev-alarms' });
    expect(alarms().map((a) => a.AlarmName).sort()).toEqual(
      ['Api5xx', 'FunctionDuration', 'FunctionErrors', 'FunctionThrottles', 'TableSystemErrors', 'TableThrottles'].map((n) => `antq-dev-${n}`),
    );
    for (const a of alarms()) {
      expect(a.AlarmActions, a.AlarmName).toEqual([{ Ref: topicId }]);
      expect(a.OKActions, a.AlarmName).toEqual([{ Ref: topicId }]);
      expect(a.TreatMissingData).toBe('notBreaching');
    }
  });

  it("let this account's CloudWatch alarms publish, over TLS only", () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 'sns:Publish', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: Match.objectLike({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }),
          }),
        ]),
      },
    });
  });

  it('watch the API function: errors, throttles, and p99 duration near its timeout', () => {
    const fn = [{ Name: 'FunctionName', Value: { Ref: functionId } }];
    expect(alarm('FunctionErrors')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: fn, Statistic: 'Sum', Threshold: 1 });
    expect(alarm('FunctionThrottles')).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Dimensions: fn });
    expect(alarm('FunctionDuration')).toMatchObject({ MetricName: 'Duration', Dimensions: fn, ExtendedStatistic: 'p99', Threshold: 8000 });
  });

  it("watch the HTTP API's 5xx answers", () => {
    expect(alarm('Api5xx')).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Dimensions: [{ Name: 'ApiId', Value: { Ref: stack.getLogicalId(stack.api.httpApi.node.defaultChild as never) } }] });
  });

  it.each([
    ['TableThrottles', 'ThrottledRequests'],
    ['TableSystemErrors', 'SystemErrors'],
  ])('watch DynamoDB: %s sums %s over every operation the API sends', (name, metric) => {
    const metrics = alarm(name)!.Metrics as Array<{ Id: string; Expression?: string; MetricStat?: { Metric: { MetricName: string; Dimensions: Array<{ Name: string; Value: unknown }> } } }>;
    const [expression, ...operations] = metrics;
    expect(expression!.Expression).toMatch(/^SUM\(\[/);
    expect(operations.map((m) => m.MetricStat!.Metric.Dimensions.find((d) => d.Name === 'Operation')!.Value)).toEqual(
      expect.arrayContaining(['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'TransactWriteItems']),
    );
    for (const m of operations) {
      expect(m.MetricStat!.Metric.MetricName).toBe(metric);
      expect(m.MetricStat!.Metric.Dimensions).toContainEqual({ Name: 'TableName', Value: { Ref: tableId } });
    }
  });

  it('subscribe the alarm e-mail given in context', () => {
    dev.template.resourceCountIs('AWS::SNS::Subscription', 0);
    prod.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: prodContext.alarmEmail });
    prod.template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'antq-prod-alarms' });
  });
});

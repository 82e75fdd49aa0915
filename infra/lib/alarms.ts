import { Aws, Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** The operations the API sends; DynamoDB publishes throttles and system errors per operation. */
const tableOperations = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
];

/**
 * A per-operation DynamoDB metric summed over the operations. `SUM([...])` adds the values present
 * at each time: these metrics exist only while something goes wrong, and `a + b` (what
 * `metricThrottledRequestsForOperations` builds) has no value when any one operation has none.
 */
export function sumOverOperations(table: dynamodb.ITable, metricName: 'ThrottledRequests' | 'SystemErrors', period: Duration): cloudwatch.MathExpression {
  const usingMetrics = Object.fromEntries(
    tableOperations.map((operation) => [
      operation.toLowerCase(),
      table.metric(metricName, { dimensionsMap: { TableName: table.tableName, Operation: operation }, statistic: 'Sum', period }),
    ]),
  );
  return new cloudwatch.MathExpression({ expression: `SUM([${Object.keys(usingMetrics).join(', ')}])`, usingMetrics, label: `${metricName} (all operations)`, period });
}

export interface AlarmsProps {
  /** Prefix of the topic's and the alarms' names (`antq-prod`). */
  readonly prefix: string;
  readonly apiFunction: lambda.Function;
  readonly httpApi: apigwv2.HttpApi;
  readonly table: dynamodb.ITable;
  /** Subscribed to the topic by e-mail (the address confirms once). */
  readonly email?: string;
}

/**
 * Alarms on what breaks the product for its users, all notifying one SNS topic (on alarm and on
 * recovery): the function failing, throttled or nearing its timeout, the API answering 5xx, and
 * DynamoDB throttling or failing.
 */
export class Alarms extends Construct {
  public readonly topic: sns.Topic;
  public readonly alarms: cloudwatch.Alarm[] = [];
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.prefix = props.prefix;
    // Not KMS-encrypted: notifications carry alarm names and metrics only, and CloudWatch cannot
    // publish to a topic under the AWS-managed SNS key.
    this.topic = new sns.Topic(this, 'Topic', { topicName: `${props.prefix}-alarms`, displayName: `ANTQ ${props.prefix} alarms`, enforceSSL: true });
    // The topic policy replaces SNS's default one: CloudWatch alarms of this account must be let in by name.
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:${props.prefix}-*` },
        },
      }),
    );
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

    const period = Duration.minutes(5);
    const fn = props.apiFunction;
    const timeout = fn.timeout ?? Duration.seconds(3);
    this.add('FunctionErrors', 'The API function failed (an exception or a timeout, not an answered 5xx)', fn.metricErrors({ period, statistic: 'Sum' }), 1);
    this.add('FunctionThrottles', 'The API function was throttled (account concurrency)', fn.metricThrottles({ period, statistic: 'Sum' }), 1);
    this.add('FunctionDuration', `The API function's p99 duration nears its ${timeout.toSeconds()} s timeout`, fn.metricDuration({ period, statistic: 'p99' }), timeout.toMilliseconds() * 0.8, {
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
    });
    this.add('Api5xx', 'The HTTP API answered 5xx (500 from the app, 503 dependency unavailable, or a gateway error)', props.httpApi.metricServerError({ period, statistic: 'Sum' }), 5);
    this.add('TableThrottles', 'DynamoDB throttled requests of the API', sumOverOperations(props.table, 'ThrottledRequests', period), 1);
    this.add('TableSystemErrors', 'DynamoDB answered requests with a system error (500)', sumOverOperations(props.table, 'SystemErrors', period), 1);
  }

  private add(id: string, description: string, metric: cloudwatch.IMetric, threshold: number, options: { evaluationPeriods?: number; datapointsToAlarm?: number } = {}): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      alarmName: `${this.prefix}-${id}`,
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      datapointsToAlarm: options.datapointsToAlarm ?? options.evaluationPeriods ?? 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}

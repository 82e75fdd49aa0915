import { tableDefinition } from '@antq/db/table';
import { Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { prodContext, synthesize } from './support/synth.js';

// The production table (dev's differs in removal and protection only: see stage.test.ts).
const { template, cleanup } = synthesize({ bundle: false, context: prodContext });
afterAll(cleanup);

describe('data table', () => {
  it('has the keys and GSIs of the shared table definition', () => {
    const gsi = tableDefinition.globalSecondaryIndexes[0]!;
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'GSI1',
          KeySchema: [
            { AttributeName: gsi.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: gsi.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
    });
    expect(gsi.partitionKey.name).toBe('GSI1PK');
  });

  it('is on demand, point-in-time recoverable, deletion protected and AWS-managed encrypted', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
      DeletionProtectionEnabled: true,
      // SSEEnabled without a key ARN: the AWS-managed key (aws/dynamodb), not the owned default.
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
    });
  });

  it('is retained when the stack goes away', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

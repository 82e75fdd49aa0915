import { tableDefinition } from '@antq/db/table';
import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export interface DataTableProps {
  /** What a stack deletion does to the table; the movement's records are kept in prod (RETAIN). */
  readonly removalPolicy?: RemovalPolicy;
  readonly deletionProtection?: boolean;
  /** Point-in-time recovery window, 1–35 days. */
  readonly pointInTimeRecoveryDays?: number;
  /**
   * An existing table to use instead of creating one: the table a point-in-time restore created
   * (see docs/runbook.md). It must have the same keys and GSI1; the stack then grants and alarms on it.
   */
  readonly existingTableName?: string;
}

/**
 * The product's single DynamoDB table, built from `@antq/db`'s `tableDefinition` so that AWS and
 * DynamoDB Local always have the same keys and indexes.
 */
export class DataTable extends Construct {
  /** The table; tenant-owned partition keys begin with `D#<districtCode>`. */
  public readonly table: dynamodb.ITable;

  constructor(scope: Construct, id: string, props: DataTableProps = {}) {
    super(scope, id);
    const { partitionKey, sortKey, globalSecondaryIndexes, timeToLiveAttribute } = tableDefinition;
    if (props.existingTableName) {
      this.table = dynamodb.Table.fromTableAttributes(this, 'Table', {
        tableName: props.existingTableName,
        globalIndexes: globalSecondaryIndexes.map((index) => index.indexName),
      });
      return;
    }
    const key = (attribute: { name: string }) => ({ name: attribute.name, type: dynamodb.AttributeType.STRING });

    const table = new dynamodb.Table(this, 'Table', {
      partitionKey: key(partitionKey),
      sortKey: key(sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: props.pointInTimeRecoveryDays ?? 35 },
      deletionProtection: props.deletionProtection ?? true,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute,
      // The movement's records are the district's official history: by default a stack deletion must not take them.
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    for (const index of globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: key(index.partitionKey),
        sortKey: key(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    this.table = table;
  }
}

/**
 * The table's ARN and those of its indexes, named one by one: a grant on `index/*` would also
 * cover any index added later, and is the wildcard cdk-nag (rightly) asks to justify.
 */
export function tableAndIndexArns(table: dynamodb.ITable): string[] {
  return [table.tableArn, ...indexArns(table)];
}

export function indexArns(table: dynamodb.ITable): string[] {
  return tableDefinition.globalSecondaryIndexes.map((index) => `${table.tableArn}/index/${index.indexName}`);
}

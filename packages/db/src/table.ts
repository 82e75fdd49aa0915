/**
 * The one definition of the product's single DynamoDB table. The CDK stack and the local
 * table creation both read it, so the keys and indexes in AWS and on a laptop cannot drift.
 */
export interface KeyAttribute {
  name: string;
  type: 'S';
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export const tableDefinition = {
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type: 'S' },
  /** GSI1 serves alternative access paths inside a tenant; its keys follow the same tenant prefix rule. */
  globalSecondaryIndexes: [
    { indexName: 'GSI1', partitionKey: { name: 'GSI1PK', type: 'S' }, sortKey: { name: 'GSI1SK', type: 'S' } },
  ] as IndexDefinition[],
  /** Idempotency records expire by themselves. */
  timeToLiveAttribute: 'expiresAt',
} as const satisfies {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
  timeToLiveAttribute: string;
};

/** Attribute names that hold partition keys: each must carry the owner's prefix. */
export const partitionKeyAttributes = [
  tableDefinition.partitionKey.name,
  ...tableDefinition.globalSecondaryIndexes.map((index) => index.partitionKey.name),
];

import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConfig {
  region: string;
  /** Set for DynamoDB Local; unset in AWS. */
  endpoint?: string;
  credentials?: DynamoDBClientConfig['credentials'];
  /** Per attempt; a request gives up after three attempts. Default 3 s in AWS, 10 s on DynamoDB Local (a loaded laptop). */
  timeoutMs?: number;
}

/** DynamoDB Local accepts any credentials; these keep the SDK from looking for real ones. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Every call has a deadline: a DynamoDB that does not answer fails the request (503 to the user)
 * within seconds instead of holding it until the Lambda dies. Without throwOnRequestTimeout the
 * SDK only logs a warning when the request timeout passes.
 */
export function createDynamoClient(config: DynamoConfig): DynamoDBClient {
  const timeoutMs = config.timeoutMs ?? (config.endpoint ? 10_000 : 3_000);
  return new DynamoDBClient({
    region: config.region,
    endpoint: config.endpoint,
    credentials: config.credentials ?? (config.endpoint ? localCredentials : undefined),
    maxAttempts: 3,
    requestHandler: { connectionTimeout: Math.min(timeoutMs, 2_000), requestTimeout: timeoutMs, socketTimeout: timeoutMs, throwOnRequestTimeout: true },
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

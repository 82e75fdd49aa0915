import type { APIGatewayProxyEventV2, Context as LambdaContext } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi } from '../support/test-api.js';

// The Lambda entry as AWS runs it (Cognito mode), driven with API Gateway HTTP API (v2) events.
// Cognito itself cannot run here: tokens are refused before any key fetch, which is what we assert.
let handler: (event: APIGatewayProxyEventV2, context: LambdaContext) => Promise<{ statusCode: number; headers?: Record<string, string>; body: string }>;

beforeAll(async () => {
  const api = await createTestApi({ seed: false });
  vi.stubEnv('AUTH_MODE', 'cognito');
  vi.stubEnv('COGNITO_USER_POOL_ID', 'ap-southeast-1_TestPool1');
  vi.stubEnv('COGNITO_CLIENT_ID', 'testclient');
  vi.stubEnv('TABLE_NAME', api.tableName);
  vi.stubEnv('DYNAMODB_ENDPOINT', api.config.dynamoEndpoint!);
  vi.stubEnv('LOG_LEVEL', 'silent');
  handler = (await import('@antq/api/handler')).handler as never;
});

function event(method: string, path: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'api.example.com', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'apigw-request-1',
      routeKey: '$default',
      stage: '$default',
      time: '22/Nov/2026:03:00:00 +0000',
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}

const context = {} as LambdaContext;

describe('handle(app) in Lambda', () => {
  it('answers /health with 200 and a request id', async () => {
    const res = await handler(event('GET', '/health'), context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
    expect(res.headers?.['x-request-id']).toBeTruthy();
  });

  it('refuses a tRPC call without a token with 401', async () => {
    const res = await handler(event('GET', '/trpc/wards.list'), context);
    expect(res.statusCode).toBe(401);
  });

  it('refuses a token that is not from the user pool with 401', async () => {
    const res = await handler(event('GET', '/trpc/wards.list', { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }), context);
    expect(res.statusCode).toBe(401);
  });
});

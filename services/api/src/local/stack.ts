import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { createDynamoClient, ensureTable } from '@antq/db';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { catalogueLookup } from '../catalogue/load.js';
import { readConfig } from '../config.js';
import type { Logger } from '../log.js';
import { type DynamoLocal, startDynamoLocal } from './dynamo-local.js';
import { createLocalApi } from './local-api.js';
import { seedDemoStories } from './demo-stories/index.js';
import { migrateDerivedItems } from '../maintenance/migrate.js';
import { seedDemo } from './seed.js';

export interface LocalStackOptions {
  /** Where DynamoDB Local keeps its files; in memory when unset (tests). */
  dataDir?: string;
  port: number;
  dynamoPort?: number;
  /** The built console (web/dist); served at `/` when it exists. */
  consoleDir: string;
  log: Logger;
}

export interface LocalStack {
  url: string;
  port: number;
  dynamo: DynamoLocal;
  tableName: string;
  stop(): Promise<void>;
}

/**
 * The whole product on one machine: DynamoDB Local, the table from the shared definition,
 * the demo data (idempotent), and one Node server for the API and the console.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const dbPath = options.dataDir ? join(options.dataDir, 'dynamodb') : undefined;
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const dynamo = await startDynamoLocal({ dbPath, port: options.dynamoPort });
  const config = readConfig({ ...process.env, DYNAMODB_ENDPOINT: dynamo.endpoint });
  try {
    const table = await ensureTable(createDynamoClient({ region: config.region, endpoint: dynamo.endpoint }), config.tableName);
    const keyFile = options.dataDir ? join(options.dataDir, 'issuer-key.json') : undefined;
    const { app, data, identity } = await createLocalApi(config, { keyFile, log: options.log });
    // Data kept in .data/ from an earlier version gets its derived items rebuilt once.
    await migrateDerivedItems(data, options.log);
    const seeded = await seedDemo(data.platform(), identity, catalogueLookup(config.cataloguePath), data.forTenant);
    await seedDemoStories(data, catalogueLookup(config.cataloguePath), options.log);
    options.log.info('local stack ready', { dynamoEndpoint: dynamo.endpoint, table, ...seeded });

    const indexFile = join(options.consoleDir, 'index.html');
    if (existsSync(indexFile)) {
      const indexHtml = readFileSync(indexFile, 'utf8');
      app.use('/*', serveStatic({ root: relative(process.cwd(), options.consoleDir) }));
      // The console routes in the browser: any other page path gets the app shell.
      app.get('*', (c) => c.html(indexHtml));
    } else {
      options.log.warn('console not built: web/dist/index.html is missing');
    }

    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: options.port }, () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    if (options.dataDir) {
      writeFileSync(
        join(options.dataDir, 'local-stack.json'),
        JSON.stringify({ dynamoEndpoint: dynamo.endpoint, tableName: config.tableName, port }),
      );
    }
    return {
      url: `http://localhost:${port}`,
      port,
      dynamo,
      tableName: config.tableName,
      async stop() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

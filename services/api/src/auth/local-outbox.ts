import { appendItem, keys, partitions, type Repository } from '@antq/db';
import { ulid } from 'ulid';
import type { Logger } from '../log.js';

/** A message the local stack would have sent by e-mail or SMS (in AWS, Cognito sends them). */
export interface OutboxMessage {
  at: string;
  to: string;
  username: string;
  subject: string;
  body: string;
}

const KEEP_DAYS = 7;

/** Writes the message to the outbox an operator reads in the console, and to the server log. */
export async function sendLocalMessage(platform: Repository, log: Logger, message: Omit<OutboxMessage, 'at'>): Promise<void> {
  const at = new Date().toISOString();
  log.info('local outbox', { to: message.to, username: message.username, subject: message.subject, body: message.body });
  await platform.write(
    appendItem(platform.tableName, { ...keys.outboxMessage(at, ulid()), entity: 'OutboxMessage', at, ...message, expiresAt: Math.floor(Date.now() / 1000) + KEEP_DAYS * 86_400 }),
  );
}

/** The newest messages first. */
export async function listLocalMessages(platform: Repository, limit = 100): Promise<OutboxMessage[]> {
  const items = await platform.query<OutboxMessage & { PK: string; SK: string }>({ pk: partitions.outbox });
  return items
    .reverse()
    .slice(0, limit)
    .map(({ at, to, username, subject, body }) => ({ at, to, username, subject, body }));
}

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { citizenForumSchema, commitmentSigningSchema, movementModelSchema, reviewConferenceSchema } from '@antq/domain';
import { z } from 'zod';
import { createAntqClient } from './client.js';
import { loadSession } from './session.js';

const recordsFile = z.object({
  models: z.array(movementModelSchema).default([]),
  commitments: z.array(commitmentSigningSchema).default([]),
  forums: z.array(citizenForumSchema).default([]),
  conferences: z.array(reviewConferenceSchema).default([]),
});

const kinds = [
  ['models', 'mô hình'],
  ['commitments', 'lần ký cam kết'],
  ['forums', 'diễn đàn'],
  ['conferences', 'hội nghị'],
] as const;

/**
 * Submits a ward's movement records in bulk from one JSON file. Each record's idempotency key is
 * derived from the file's content and the record's place in it, so running the same file again
 * (after a failure half-way, or by mistake) creates nothing twice.
 */
export async function submitRecordsCommand(args: { file: string }, print: (line: string) => void) {
  const text = await readFile(args.file, 'utf8');
  const file = recordsFile.parse(JSON.parse(text));
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 24);
  const session = await loadSession();
  const api = createAntqClient({ baseUrl: session.baseUrl, token: session.token });
  for (const [kind, label] of kinds) {
    const list = file[kind];
    for (const [i, fields] of list.entries()) {
      const idempotencyKey = `bulk-${digest}-${kind}-${i}`;
      await api.records[kind].save.mutate({ fields: fields as never, expectedVersion: 0, idempotencyKey });
    }
    if (list.length > 0) print(`✔ ${list.length} ${label}`);
  }
}

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { nominationFieldsSchema, nominationStatusLabels, recipientKindLabels } from '@antq/domain';
import { z } from 'zod';
import { createAntqClient } from './client.js';
import { loadSession } from './session.js';

const nominationsFile = z.object({ nominations: z.array(nominationFieldsSchema).min(1, 'Tệp cần ít nhất một đề nghị') });

async function client() {
  const session = await loadSession();
  return createAntqClient({ baseUrl: session.baseUrl, token: session.token });
}

/**
 * Creates and sends a ward's award nominations from one JSON file. Keys come from the file's
 * content and each nomination's place in it, so running the same file again sends nothing twice.
 */
export async function submitNominationsCommand(args: { file: string }, print: (line: string) => void) {
  const text = await readFile(args.file, 'utf8');
  const { nominations } = nominationsFile.parse(JSON.parse(text));
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 24);
  const api = await client();
  for (const [i, fields] of nominations.entries()) {
    const saved = await api.awards.nominations.save.mutate({ fields, expectedVersion: 0, idempotencyKey: `nom-${digest}-${i}` });
    const sent = await api.awards.nominations.act.mutate({ nominationId: saved.nominationId, action: 'submit', expectedVersion: saved.version, idempotencyKey: `nom-${digest}-${i}-submit` });
    print(`✔ ${recipientKindLabels[fields.recipient.kind]} ${fields.recipient.name}: ${nominationStatusLabels[sent.status]}`);
  }
}

/** The ward's nominations and where each stands, with the district's reason when one was returned. */
export async function nominationsCommand(print: (line: string) => void) {
  const api = await client();
  const list = await api.awards.nominations.list.query();
  if (list.length === 0) return print('Chưa có đề nghị khen thưởng nào.');
  for (const n of list) {
    print(`${nominationStatusLabels[n.status].padEnd(18)} ${recipientKindLabels[n.fields.recipient.kind]} ${n.fields.recipient.name}`);
    if (n.status === 'returned' && n.returnReason) print(`${' '.repeat(19)}Lý do trả lại: ${n.returnReason}`);
  }
}

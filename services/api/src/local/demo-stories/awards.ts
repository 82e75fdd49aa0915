import { type Achievement, achievementKey, type DecisionFields, type Recipient } from '@antq/domain';
import { type Caller, demoKey } from './actors.js';

export interface Nominee {
  recipient: Recipient;
  /** The ward the nominee belongs to, for the ward's own list and the tallies by ward. */
  wardId?: string;
}

export interface AwardScript {
  tag: string;
  /** Who drafts and submits the nominations (a ward officer for their ward, or the district). */
  nominator: Caller;
  coordinator: Caller;
  nominees: Nominee[];
  achievement: Achievement;
  formCode: string;
  decision: Omit<DecisionFields, 'lines'>;
}

/** Runs `work` over `items`, a few at a time: nominations are separate items and never collide. */
async function inPool<T>(items: T[], size: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/**
 * One award decision as the product runs it: each nominee is nominated and submitted, the
 * district accepts every nomination, then issues one decision with a line per nominee (the
 * decision's rules and yearly tallies apply as for any decision). Steps start from what is
 * stored, so a run that stopped halfway finishes the job; a decision already issued is left alone.
 */
export async function awardDecision(s: AwardScript): Promise<{ skipped: boolean; writes: number }> {
  const issued = await s.coordinator.awards.decisions.list();
  if (issued.some((d) => d.fields.number === s.decision.number && d.fields.date === s.decision.date)) return { skipped: true, writes: 0 };
  const existing = new Map((await s.coordinator.awards.nominations.list()).map((n) => [achievementKey(n.fields.recipient, n.fields.achievement), n]));
  let writes = 0;
  const ids: string[] = new Array(s.nominees.length);
  await inPool(s.nominees, 8, async (nominee, i) => {
    const key = (...parts: Array<string | number>) => demoKey(s.tag, 'nom', i + 1, ...parts);
    let n = existing.get(achievementKey(nominee.recipient, s.achievement));
    if (!n) {
      const fields = { ...(nominee.wardId && { wardId: nominee.wardId }), recipient: nominee.recipient, achievement: s.achievement, proposedFormCode: s.formCode, attachments: [] };
      n = await s.nominator.awards.nominations.save({ fields, expectedVersion: 0, idempotencyKey: key('save') });
      writes++;
    }
    if (n.status === 'draft' || n.status === 'returned') {
      n = await s.nominator.awards.nominations.act({ nominationId: n.nominationId, action: 'submit', expectedVersion: n.version, idempotencyKey: key('submit', n.version) });
      writes++;
    }
    if (n.status === 'submitted') {
      n = await s.coordinator.awards.nominations.act({ nominationId: n.nominationId, action: 'accept', expectedVersion: n.version, idempotencyKey: key('accept', n.version) });
      writes++;
    }
    if (n.status !== 'accepted') throw new Error(`Nomination of ${nominee.recipient.name} is ${n.status}, not accepted`);
    ids[i] = n.nominationId;
  });
  await s.coordinator.awards.decisions.create({
    fields: { ...s.decision, lines: ids.map((nominationId) => ({ nominationId, formCode: s.formCode })) },
    idempotencyKey: demoKey(s.tag, 'decision'),
  });
  return { skipped: false, writes: writes + 1 };
}

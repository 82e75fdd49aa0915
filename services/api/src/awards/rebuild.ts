import { type ItemKey, keys, partitions, replaceAttributes, sortKeyPrefixes, type Stored, strip } from '@antq/db';
import { type TallyEntry, yearItemNames, yearItemParts } from '@antq/domain';
import { nowIso, type TenantContext } from '../cycle/mutate.js';
import type { AwardDecision } from './decisions.js';
import { findAwardForm } from './forms.js';
import { getNominations } from './nominations.js';
import { type PersonEntry, personAttribute, personEntry, personRule } from './rules.js';
import { tallyEntry } from './tallies.js';

/** The award entries every district-year item should hold, from the decisions' lines not revoked. */
export async function computeAwardEntries(ctx: TenantContext): Promise<Map<number, Record<string, TallyEntry>>> {
  const decisions = await ctx.repo.query<Stored<AwardDecision>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.decision });
  const years = new Map<number, Record<string, TallyEntry>>();
  for (const decision of decisions.map((d) => strip(d) as AwardDecision)) {
    const year = Number(decision.fields.date.slice(0, 4));
    const entries = years.get(year) ?? {};
    const kept = decision.lines.filter((l) => !l.revoked);
    const nominations = await getNominations(ctx, kept.map((l) => l.nominationId));
    for (const line of kept) {
      const nomination = nominations.get(line.nominationId);
      const form = findAwardForm(line.formCode);
      if (nomination && form) entries[yearItemNames.award(line.outcomeId)] = tallyEntry(form, nomination, decision.decisionId);
    }
    years.set(year, entries);
  }
  return years;
}

/** Rewrites the award entries of every district-year item from the decisions (repair, migration). */
export async function rebuildAwardEntries(ctx: TenantContext): Promise<number> {
  const years = await computeAwardEntries(ctx);
  const stored = await ctx.repo.query<Stored<Record<string, unknown>>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.districtYear });
  const existing = new Map(stored.map((item) => [Number(String(item.SK).slice(sortKeyPrefixes.districtYear.length)), Object.keys(item)]));
  for (const year of existing.keys()) if (!years.has(year)) years.set(year, {});
  const now = nowIso();
  for (const [year, entries] of years) {
    for (const op of replaceAttributes(ctx.repo.tableName, keys.districtYear(ctx.tenantId, year), yearItemParts.award, entries, existing.get(year) ?? [], now)) {
      await ctx.repo.commit([op], {
        tenantId: ctx.tenantId,
        actor: { sub: ctx.user.sub, username: ctx.user.username },
        action: 'awards.rebuildTallies',
        entityType: 'DistrictYear',
        entityId: String(year),
        requestId: ctx.requestId,
      });
    }
  }
  return years.size;
}

/**
 * Writes the `person` marks (who was given a once-only form under a name and unit) from the
 * decisions' lines not revoked: the marks decisions made before these marks existed, for the
 * likely-duplicate warning. Each mark's `p#` attributes become exactly what the decisions say.
 */
export async function rebuildPersonMarks(ctx: TenantContext): Promise<number> {
  const decisions = (await ctx.repo.query<Stored<AwardDecision>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.decision })).map((d) => strip(d) as AwardDecision);
  const marks = new Map<string, { key: ItemKey; entries: Record<string, PersonEntry> }>();
  for (const decision of decisions) {
    const kept = decision.lines.filter((l) => !l.revoked && findAwardForm(l.formCode)?.oncePerPerson);
    const nominations = await getNominations(ctx, kept.map((l) => l.nominationId));
    for (const line of kept) {
      const n = nominations.get(line.nominationId);
      const key = n && personRule(ctx.tenantId, line.formCode, n.fields);
      const entry = n && personEntry(line.outcomeId, { decisionId: decision.decisionId, number: decision.fields.number, date: decision.fields.date }, n.fields);
      if (!key || !entry) continue;
      const mark = marks.get(key.PK) ?? { key, entries: {} };
      mark.entries[personAttribute(line.outcomeId)] = entry;
      marks.set(key.PK, mark);
    }
  }
  const now = nowIso();
  for (const { key, entries } of marks.values()) {
    const existing = Object.keys((await ctx.repo.get<Record<string, unknown>>(key)) ?? {});
    for (const op of replaceAttributes(ctx.repo.tableName, key, 'p#', entries, existing, now)) {
      await ctx.repo.commit([op], {
        tenantId: ctx.tenantId,
        actor: { sub: ctx.user.sub, username: ctx.user.username },
        action: 'awards.rebuildPersonMarks',
        entityType: 'AwardRule',
        entityId: key.PK,
        requestId: ctx.requestId,
      });
    }
  }
  return marks.size;
}

import { keys, partitions, putItem, type Repository, sortKeyPrefixes, type Stored, strip, toItem } from '@antq/db';
import { aggregateContributions, type Contribution, type MovementRecord } from '@antq/domain';
import { nowIso, type TenantContext } from '../cycle/mutate.js';
import { contributionName } from './save.js';
import { specs } from './specs.js';

const isContribution = (name: string) => name.startsWith('c#');

/** The district's movement figures for a year, from one item: totals and one line per ward. */
export async function movementFigures(repo: Repository, tenantId: string, year: number) {
  const item = await repo.get<Record<string, unknown>>(keys.movementSummary(tenantId, year));
  const contributions = Object.entries(item ?? {})
    .filter(([name]) => isContribution(name))
    .map(([, value]) => value as Contribution);
  return { year, ...aggregateContributions(contributions) };
}

/** The summary items exactly as the records say they should be (for rebuild and for checking). */
export async function computeMovementSummaries(ctx: TenantContext): Promise<Map<number, Record<string, Contribution>>> {
  const top = await ctx.repo.query<Stored<MovementRecord>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: 'REC#' });
  const children = (
    await Promise.all(
      top.filter((r) => r.type === 'programme').map((p) => ctx.repo.query<Stored<MovementRecord>>({ pk: partitions.programme(ctx.tenantId, p.recordId) })),
    )
  ).flat();
  const years = new Map<number, Record<string, Contribution>>();
  for (const record of [...top, ...children].map((r) => strip(r) as MovementRecord)) {
    const spec = specs[record.type] as { contribution: (f: unknown) => Contribution };
    const year = Number(record.date.slice(0, 4));
    const line = years.get(year) ?? {};
    line[contributionName(record.type, record.recordId)] = spec.contribution(record.fields);
    years.set(year, line);
  }
  return years;
}

/** Reads the stored summary items (every year) as contribution maps. */
export async function storedMovementSummaries(ctx: TenantContext): Promise<Map<number, Record<string, Contribution>>> {
  const items = await ctx.repo.query<Stored<Record<string, unknown>>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.movementSummary });
  return new Map(
    items.map((item) => [
      Number(item.SK.slice(sortKeyPrefixes.movementSummary.length)),
      Object.fromEntries(Object.entries(item).filter(([name]) => isContribution(name))) as Record<string, Contribution>,
    ]),
  );
}

/** Rewrites every year's summary from the records (repair); incremental upkeep must already match it. */
export async function rebuildMovementSummaries(ctx: TenantContext): Promise<number> {
  const years = await computeMovementSummaries(ctx);
  const now = nowIso();
  for (const [year, contributions] of years) {
    await ctx.repo.commit([putItem(ctx.repo.tableName, toItem(keys.movementSummary(ctx.tenantId, year), 'MovementSummary', { ...contributions, updatedAt: now }))], {
      tenantId: ctx.tenantId,
      actor: { sub: ctx.user.sub, username: ctx.user.username },
      action: 'movement.rebuildSummary',
      entityType: 'MovementSummary',
      entityId: String(year),
      requestId: ctx.requestId,
    });
  }
  return years.size;
}

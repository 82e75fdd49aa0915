import { keys, partitions, type Repository, replaceAttributes, sortKeyPrefixes, type Stored, strip } from '@antq/db';
import { aggregateContributions, type Contribution, type MovementRecord, movementContributions, yearItemEntries, yearItemNames, yearItemParts } from '@antq/domain';
import { nowIso, type TenantContext } from '../cycle/mutate.js';
import { currentYear } from './save.js';
import { specs } from './specs.js';


/** The district's movement figures for a year, from one item: totals and one line per ward. */
export async function movementFigures(repo: Repository, tenantId: string, year: number) {
  const item = await repo.get<Record<string, unknown>>(keys.districtYear(tenantId, year));
  return { year, ...aggregateContributions(movementContributions(item)) };
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
  const thisYear = currentYear();
  for (const record of [...top, ...children].map((r) => strip(r) as MovementRecord)) {
    const spec = specs[record.type] as { contributions: (f: unknown, currentYear: number) => Map<number, Contribution> };
    for (const [year, contribution] of spec.contributions(record.fields, thisYear)) {
      const line = years.get(year) ?? {};
      line[yearItemNames.movement(record.type, record.recordId)] = contribution;
      years.set(year, line);
    }
  }
  return years;
}

/** Reads the stored summary items (every year) as contribution maps. */
export async function storedMovementSummaries(ctx: TenantContext): Promise<Map<number, Record<string, Contribution>>> {
  const items = await ctx.repo.query<Stored<Record<string, unknown>>>({ pk: partitions.tenant(ctx.tenantId), skBeginsWith: sortKeyPrefixes.districtYear });
  return new Map(
    items.map((item) => [
      Number(item.SK.slice(sortKeyPrefixes.districtYear.length)),
      Object.fromEntries(yearItemEntries<Contribution>(item, 'movement').map(([name, c]) => [`${yearItemParts.movement}${name}`, c])),
    ]),
  );
}

/** Rewrites every year's contributions from the records (repair); incremental upkeep must already match it. */
export async function rebuildMovementSummaries(ctx: TenantContext): Promise<number> {
  const years = await computeMovementSummaries(ctx);
  const stored = await storedMovementSummaries(ctx);
  for (const year of stored.keys()) if (!years.has(year)) years.set(year, {});
  const now = nowIso();
  for (const [year, contributions] of years) {
    const key = keys.districtYear(ctx.tenantId, year);
    const existing = Object.keys(stored.get(year) ?? {});
    for (const op of replaceAttributes(ctx.repo.tableName, key, yearItemParts.movement, contributions, existing, now)) {
      await ctx.repo.commit([op], {
        tenantId: ctx.tenantId,
        actor: { sub: ctx.user.sub, username: ctx.user.username },
        action: 'movement.rebuildSummary',
        entityType: 'DistrictYear',
        entityId: String(year),
        requestId: ctx.requestId,
      });
    }
  }
  return years.size;
}

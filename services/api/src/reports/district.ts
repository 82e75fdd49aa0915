import { getTenant, keys, listWards, type Repository, type Stored, strip } from '@antq/db';
import {
  campaignDigests,
  type CampaignSummary,
  type DistrictReport,
  districtYearFigures,
  reportRow,
  type Tenant,
  wardRow,
} from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { awardForms } from '../awards/forms.js';

async function loadTenant(repo: Repository, tenantId: string): Promise<Tenant> {
  const tenant = await getTenant(repo, tenantId);
  if (!tenant) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy quận/huyện.' });
  return tenant;
}

/**
 * A district's report for a year: its year item, its wards, and the summaries of the year's
 * campaigns. `source` replaces the stored year item (a report over recomputed figures).
 */
export async function districtReport(repo: Repository, tenantId: string, year: number, source?: Record<string, unknown>): Promise<DistrictReport> {
  const [tenant, wards, item] = await Promise.all([
    loadTenant(repo, tenantId),
    listWards(repo, tenantId),
    source ?? repo.get<Record<string, unknown>>(keys.districtYear(tenantId, year)),
  ]);
  const { wards: wardFigures, ...figures } = districtYearFigures(year, item);
  const summaries = await repo.batchGet<Stored<CampaignSummary>>(figures.campaigns.map((c) => keys.campaignSummary(tenantId, c.campaignId)));
  const summaryOf = new Map(summaries.map((s) => [s.campaignId, strip(s) as CampaignSummary]));
  const criteriaOf = new Map(campaignDigests(item).map((d) => [d.campaignId, d.criteria]));
  const campaigns = figures.campaigns.map((c) => {
    const grid = Object.fromEntries(
      Object.values(summaryOf.get(c.campaignId)?.wards ?? {}).map((w) => [w.wardId, Object.fromEntries(Object.entries(w.assessment.criteria).map(([code, v]) => [code, v.met]))]),
    );
    const groups = new Map<string, { code: string; met: number; criteria: number }>();
    for (const criterion of criteriaOf.get(c.campaignId) ?? []) {
      const g = groups.get(criterion.groupCode) ?? { code: criterion.groupCode, met: 0, criteria: 0 };
      g.criteria++;
      g.met += Object.values(grid).filter((w) => w[criterion.code]).length;
      groups.set(criterion.groupCode, g);
    }
    return { ...c, criteria: criteriaOf.get(c.campaignId) ?? [], groups: [...groups.values()], grid };
  });
  return {
    district: { code: tenantId, name: tenant.name, provinceId: tenant.provinceId, provinceName: tenant.provinceName },
    year,
    row: reportRow({ code: tenantId, name: tenant.name, wards: wards.length }, { ...figures, wards: wardFigures }),
    figures,
    wards: wards.map((w) => wardRow({ code: w.wardId, name: w.name }, wardFigures[w.wardId])),
    campaigns,
    awardForms: Object.fromEntries(awardForms.map((f) => [f.code, f.name])),
  };
}

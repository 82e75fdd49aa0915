import type { CampaignOutput, CatalogueHeadOutput } from '../../api/types';

/** What the campaign form holds while a person types; dates ISO yyyy-mm-dd ('' when empty). */
export interface CampaignFormValues {
  name: string;
  description: string;
  catalogueId: string;
  catalogueVersion: string;
  periodStart: string;
  periodEnd: string;
  planDeadline: string;
  assessmentDeadline: string;
  allWards: boolean;
  wardIds: string[];
}

/** Catalogues a campaign can pin: those with at least one published version. */
export const usableCatalogues = (list: readonly CatalogueHeadOutput[]) => list.filter((c) => c.publishedVersions.length > 0);

export const latestPublished = (c: CatalogueHeadOutput | undefined) => (c ? String(Math.max(...c.publishedVersions)) : '');

export function initialValues(catalogues: readonly CatalogueHeadOutput[], campaign?: CampaignOutput, wardCount = 0): CampaignFormValues {
  if (campaign) {
    return {
      name: campaign.name,
      description: campaign.description ?? '',
      catalogueId: campaign.catalogue.catalogueId,
      catalogueVersion: String(campaign.catalogue.catalogueVersion),
      periodStart: campaign.periodStart,
      periodEnd: campaign.periodEnd,
      planDeadline: campaign.planDeadline,
      assessmentDeadline: campaign.assessmentDeadline,
      allWards: campaign.wardIds.length >= wardCount,
      wardIds: campaign.wardIds,
    };
  }
  const first = usableCatalogues(catalogues)[0];
  return {
    name: '',
    description: '',
    catalogueId: first?.catalogueId ?? '',
    catalogueVersion: latestPublished(first),
    periodStart: '',
    periodEnd: '',
    planDeadline: '',
    assessmentDeadline: '',
    allWards: true,
    wardIds: [],
  };
}

/**
 * The input the API takes (without the idempotency key). An empty period is filled from the
 * deadlines' years (1 January of the plan deadline's year to 31 December of the assessment's).
 */
export function toCampaignInput(v: CampaignFormValues) {
  const year = (date: string) => date.slice(0, 4);
  return {
    name: v.name,
    ...(v.description.trim() && { description: v.description }),
    catalogueId: v.catalogueId,
    catalogueVersion: Number(v.catalogueVersion),
    periodStart: v.periodStart || (v.planDeadline ? `${year(v.planDeadline)}-01-01` : ''),
    periodEnd: v.periodEnd || (v.assessmentDeadline ? `${year(v.assessmentDeadline)}-12-31` : ''),
    planDeadline: v.planDeadline,
    assessmentDeadline: v.assessmentDeadline,
    wardIds: v.allWards ? [] : v.wardIds,
  };
}

import type { SubmissionPart } from './types';

// Every report link carries its year, so a drill-down stays in the year the reader chose and a
// copied address opens the same figures.
const q = (year: number, extra: Record<string, string | number | undefined> = {}) => {
  const params = new URLSearchParams({ year: String(year) });
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) params.set(k, String(v));
  return `?${params.toString()}`;
};

export const reportPaths = {
  home: (year: number) => `/reports${q(year)}`,
  district: (districtId: string, year: number) => `/reports/districts/${districtId}${q(year)}`,
  ward: (districtId: string, wardId: string, year: number) => `/reports/districts/${districtId}/wards/${wardId}${q(year)}`,
  submission: (districtId: string, wardId: string, campaignId: string, part: SubmissionPart, year: number, submission?: number) =>
    `/reports/districts/${districtId}/wards/${wardId}/${campaignId}/${part}${q(year, { submission })}`,
};

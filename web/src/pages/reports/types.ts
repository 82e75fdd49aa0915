import type { RouterOutputs } from '../../api/types';

export type ProvinceReportOutput = RouterOutputs['reports']['province'];
export type DistrictReportOutput = RouterOutputs['reports']['district'];
export type DistrictCampaignOutput = DistrictReportOutput['campaigns'][number];
export type WardReportOutput = RouterOutputs['reports']['ward'];
export type WardCampaignOutput = WardReportOutput['campaigns'][number];
export type SubmissionTrailOutput = RouterOutputs['reports']['submission'];
export type SubmissionPart = SubmissionTrailOutput['part'];

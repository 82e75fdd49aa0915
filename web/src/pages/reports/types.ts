import type { Verification } from '@antq/domain';
import type { RouterOutputs } from '../../api/types';

export type ProvinceReportOutput = RouterOutputs['reports']['province'];
export type DistrictReportOutput = RouterOutputs['reports']['district'];
export type DistrictCampaignOutput = DistrictReportOutput['campaigns'][number];
export type WardReportOutput = RouterOutputs['reports']['ward'];
export type WardCampaignOutput = WardReportOutput['campaigns'][number];
export type SubmissionTrailOutput = RouterOutputs['reports']['submission'];
export type SubmissionPart = SubmissionTrailOutput['part'];
/**
 * The district's verdict per criterion code. The trail reads the head loosely (plans have none), so
 * its output types them as unknown; an assessment head's verifications are the domain's.
 */
export type SubmissionVerifications = Record<string, Verification>;

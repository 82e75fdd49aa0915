import { type CampaignStatus, receivedOnProblem, type ReviewStatus } from '@antq/domain';

export type PaperPart = 'plan' | 'assessment';

export const isPaperPart = (value: string | undefined): value is PaperPart => value === 'plan' || value === 'assessment';

/** The screen where a coordinator enters a ward's plan or self-assessment received on paper. */
export const paperEntryPath = (campaignId: string, wardId: string, part: PaperPart) => `/campaigns/${campaignId}/wards/${wardId}/paper/${part}`;

/** The coordinator's page of one ward in one campaign, on the tab of the part. */
export const wardReviewPath = (campaignId: string, wardId: string, part: PaperPart) => `/campaigns/${campaignId}/wards/${wardId}?tab=${part}`;

/**
 * Whether the district may enter a paper submission for the ward: the campaign is open (or closed:
 * a past year's history), and the ward has not sent this part, or it was returned — the states
 * from which the API takes a submission.
 */
export function mayEnterPaper(campaignStatus: CampaignStatus, status: ReviewStatus): boolean {
  return campaignStatus !== 'draft' && (status === 'not_started' || status === 'draft' || status === 'returned');
}

export type ReceivedOnIssue = 'required' | 'invalid' | 'future';

/**
 * What is wrong with the day a paper submission was received, as the date field gives it (ISO,
 * '' when empty, the raw text when it is not a date); the "not after today" rule is the domain's.
 */
export function receivedOnIssue(value: string, today: string): ReceivedOnIssue | undefined {
  if (value.trim() === '') return 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'invalid';
  return receivedOnProblem(value, today) ? 'future' : undefined;
}

/**
 * The API's field problems of a paper submission, split: the day it was received goes on the date
 * field; the rest is the editor's to show on its own fields ("content.activities.0.title",
 * "entries.3.value"). `onlyDate` when there is nothing else, so the editor has nothing to list.
 */
export function splitReceivedOnProblems(fieldErrors: Record<string, string[]>): { receivedOn?: string; onlyDate: boolean } {
  const receivedOn = fieldErrors.receivedOn?.[0];
  return { ...(receivedOn !== undefined && { receivedOn }), onlyDate: receivedOn !== undefined && Object.keys(fieldErrors).every((path) => path === 'receivedOn') };
}

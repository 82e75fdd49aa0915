/**
 * The review workflow shared by ward plans and self-assessments:
 * (not started) → draft → submitted → returned (reason) → submitted → approved.
 */
export const reviewStatuses = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  not_started: 'Chưa bắt đầu',
  draft: 'Đang soạn',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
};

export type WorkflowAction = 'save' | 'submit' | 'return' | 'approve' | 'verify';

const allowed: Record<WorkflowAction, ReviewStatus[]> = {
  save: ['not_started', 'draft', 'returned'],
  submit: ['not_started', 'draft', 'returned'],
  return: ['submitted'],
  approve: ['submitted'],
  verify: ['submitted', 'approved'],
};

const refusals: Record<WorkflowAction, string> = {
  save: 'Chỉ sửa được khi đang soạn hoặc bị trả lại',
  submit: 'Chỉ gửi được khi đang soạn hoặc bị trả lại',
  return: 'Chỉ trả lại được hồ sơ đang chờ duyệt',
  approve: 'Chỉ duyệt được hồ sơ đang chờ duyệt',
  verify: 'Chỉ xác minh được hồ sơ đã gửi',
};

/** Why an action is not allowed in a status (a Vietnamese message), or undefined when it is. */
export function workflowProblem(status: ReviewStatus, action: WorkflowAction): string | undefined {
  return allowed[action].includes(status) ? undefined : `${refusals[action]} (trạng thái hiện tại: ${reviewStatusLabels[status]})`;
}

/** The status after an action that is allowed. */
export function nextStatus(status: ReviewStatus, action: WorkflowAction): ReviewStatus {
  switch (action) {
    case 'save':
      return status === 'returned' ? 'returned' : 'draft';
    case 'submit':
      return 'submitted';
    case 'return':
      return 'returned';
    case 'approve':
      return 'approved';
    case 'verify':
      return status;
  }
}

/** One step of a review trail, kept on the head item and shown as history. */
export interface ReviewEvent {
  action: 'submit' | 'return' | 'approve' | 'verify';
  by: string;
  at: string;
  submission?: number;
  reason?: string;
  late?: boolean;
  /** A paper submission a coordinator entered later: the day it was actually received, by which it is judged on time or late. */
  receivedOn?: string;
}

/** What every reviewed head (a ward's plan, a ward's self-assessment) carries. */
export interface ReviewedHead {
  campaignId: string;
  wardId: string;
  status: ReviewStatus;
  submissions: number;
  /** Whether the first submission came after the deadline. */
  late: boolean;
  lastSubmittedAt?: string;
  returnReason?: string;
  history: ReviewEvent[];
  version: number;
  updatedAt: string;
}

/** What every immutable submission carries besides the content it froze. */
export interface SubmissionMeta {
  campaignId: string;
  wardId: string;
  submission: number;
  submittedAt: string;
  submittedBy: string;
  late: boolean;
  /** Set when a coordinator entered a paper submission later (`submittedAt` is when it was entered). */
  receivedOn?: string;
}

/**
 * A ward's plan or self-assessment received on paper and entered later by the district (a past
 * year's history, 2019–2023): given with the day it was actually received, which is not in the
 * future; its timeliness is judged by that day, and the submission stays marked as entered later.
 */
export function receivedOnProblem(receivedOn: string, today: string): string | undefined {
  return receivedOn > today ? 'Ngày nhận hồ sơ không được sau ngày hôm nay' : undefined;
}

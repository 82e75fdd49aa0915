import type { ReviewStatus } from '@antq/domain';
import { Alert } from '@mantine/core';

interface Props {
  status: ReviewStatus;
  overdue: boolean;
  canEdit: boolean;
  /** The last action's confirmation, once the form is closed. */
  notice?: string | null;
  texts: { overdue: string; submitted: string; approved: string; closed: string };
}

/** What a ward officer needs to know about their plan or assessment now: late, waiting, approved, closed. */
export function WardWorkNotices({ status, overdue, canEdit, notice, texts }: Props) {
  return (
    <>
      {overdue && canEdit && (
        <Alert color="orange" variant="light" role="note">
          {texts.overdue}
        </Alert>
      )}
      {status === 'submitted' && (
        <Alert color="blue" variant="light" role="status">
          {texts.submitted}
        </Alert>
      )}
      {status === 'approved' && (
        <Alert color="green" variant="light" role="status">
          {texts.approved}
        </Alert>
      )}
      {!canEdit && ['not_started', 'draft', 'returned'].includes(status) && (
        <Alert color="gray" variant="light" role="note">
          {texts.closed}
        </Alert>
      )}
      {notice && !canEdit && (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      )}
    </>
  );
}

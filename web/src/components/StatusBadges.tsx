import type { CampaignStatus, ReviewStatus } from '@antq/domain';
import { Badge } from '@mantine/core';
import { useI18n } from '../i18n';

const reviewColors: Record<ReviewStatus, string> = {
  not_started: 'gray',
  draft: 'blue',
  submitted: 'orange',
  returned: 'red',
  approved: 'green',
};

/** A plan's or assessment's status: Chưa bắt đầu, Đang soạn, Chờ duyệt, Bị trả lại, Đã duyệt. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useI18n();
  const color = reviewColors[status];
  return (
    <Badge variant="light" color={color} c={`${color}.9`}>
      {t.status.review[status]}
    </Badge>
  );
}

const campaignColors: Record<CampaignStatus, string> = { draft: 'gray', open: 'green', closed: 'dark' };

export function CampaignStatusBadge({ status, locked }: { status: CampaignStatus; locked?: boolean }) {
  const { t } = useI18n();
  const color = campaignColors[status];
  return (
    <>
      <Badge variant="light" color={color} c={`${color}.9`}>
        {t.status.campaign[status]}
      </Badge>
      {locked && status === 'open' && (
        <Badge variant="light" color="orange" c="orange.9" ml={4}>
          {t.status.locked}
        </Badge>
      )}
    </>
  );
}

/** "Trễ hạn": sent after the deadline, or not sent and the deadline has passed. */
export function LateBadge({ late }: { late: boolean }) {
  const { t } = useI18n();
  if (!late) return null;
  return (
    <Badge variant="filled" color="red.8" ml={4}>
      {t.common.late}
    </Badge>
  );
}

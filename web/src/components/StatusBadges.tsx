import type { CampaignStatus, ReviewStatus } from '@antq/domain';
import { Badge } from '@mantine/core';
import { ToneBadge } from './ToneBadge';
import type { Tone } from './tones';
import { useI18n } from '../i18n';

const reviewColors: Record<ReviewStatus, Tone> = {
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
    <ToneBadge tone={color}>{t.status.review[status]}</ToneBadge>
  );
}

const campaignColors: Record<CampaignStatus, Tone> = { draft: 'gray', open: 'green', closed: 'dark' };

export function CampaignStatusBadge({ status, locked }: { status: CampaignStatus; locked?: boolean }) {
  const { t } = useI18n();
  const color = campaignColors[status];
  return (
    <>
      <ToneBadge tone={color}>{t.status.campaign[status]}</ToneBadge>
      {locked && status === 'open' && (
        <ToneBadge tone="orange" ml={4}>
          {t.status.locked}
        </ToneBadge>
      )}
    </>
  );
}

/** "Trễ hạn": sent after the deadline, or not sent and the deadline has passed. */
export function LateBadge({ late }: { late: boolean }) {
  const { t } = useI18n();
  if (!late) return null;
  return (
    <Badge variant="filled" color="red.9" ml={4}>
      {t.common.late}
    </Badge>
  );
}

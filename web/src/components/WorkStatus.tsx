import type { ReviewStatus } from '@antq/domain';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { LateBadge, ReviewStatusBadge } from './StatusBadges';
import { toneText } from './tones';

interface Props {
  label: string;
  /** The plan's or assessment's head, as the API returns it. */
  head: { status: ReviewStatus; late: boolean; submissions: number; lastSubmittedAt?: string; returnReason?: string };
  /** Past the deadline without a submission: shown as late too. */
  overdue: boolean;
  deadlineLabel: string;
  deadline: string;
  returnedTitle: string;
  returnedText?: string;
}

/** Where a plan or a self-assessment stands: status, lateness, deadline, submissions, and a return's reason. */
export function WorkStatus({ head, overdue, ...props }: Props) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="wrap">
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {props.label}:
          </Text>
          <ReviewStatusBadge status={head.status} />
          <LateBadge late={head.late || overdue} />
        </Group>
        <Text size="sm">
          <Text span c="dimmed">
            {props.deadlineLabel}:
          </Text>{' '}
          <Text span fw={600}>
            {formatDate(props.deadline)}
          </Text>
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            {t.review.submissions}:
          </Text>{' '}
          <Text span fw={600}>
            {formatNumber(head.submissions)}
          </Text>
          {head.lastSubmittedAt && (
            <Text span c="dimmed">
              {' '}
              ({t.review.lastSubmitted} {formatDateTime(head.lastSubmittedAt)})
            </Text>
          )}
        </Text>
      </Group>
      {head.status === 'returned' && head.returnReason && (
        <Alert color="red" variant="light" role="alert" title={props.returnedTitle} style={{ borderLeft: '6px solid var(--mantine-color-red-8)' }}>
          {props.returnedText && <Text size="sm">{props.returnedText}</Text>}
          <Text size="md" fw={700} mt={6} c={toneText.red} style={{ whiteSpace: 'pre-line' }}>
            {t.review.returnReason}: {head.returnReason}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

import type { ReviewStatus } from '@antq/domain';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { LateBadge, ReviewStatusBadge } from './StatusBadges';
import { toneText } from './tones';

interface Props {
  label: string;
  status: ReviewStatus;
  late: boolean;
  deadlineLabel: string;
  deadline: string;
  submissions: number;
  lastSubmittedAt?: string;
  /** Shown prominently while the work is returned. */
  returnReason?: string;
  returnedTitle: string;
  returnedText?: string;
}

/** Where a plan or a self-assessment stands: status, lateness, deadline, submissions, and a return's reason. */
export function WorkStatus(props: Props) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="wrap">
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {props.label}:
          </Text>
          <ReviewStatusBadge status={props.status} />
          <LateBadge late={props.late} />
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
            {formatNumber(props.submissions)}
          </Text>
          {props.lastSubmittedAt && (
            <Text span c="dimmed">
              {' '}
              ({t.review.lastSubmitted} {formatDateTime(props.lastSubmittedAt)})
            </Text>
          )}
        </Text>
      </Group>
      {props.status === 'returned' && props.returnReason && (
        <Alert color="red" variant="light" role="alert" title={props.returnedTitle} style={{ borderLeft: '6px solid var(--mantine-color-red-8)' }}>
          {props.returnedText && <Text size="sm">{props.returnedText}</Text>}
          <Text size="md" fw={700} mt={6} c={toneText.red} style={{ whiteSpace: 'pre-line' }}>
            {t.review.returnReason}: {props.returnReason}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

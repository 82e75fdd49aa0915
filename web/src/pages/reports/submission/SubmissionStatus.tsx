import { Alert, Group, Text } from '@mantine/core';
import { LateBadge, ReviewStatusBadge } from '../../../components/StatusBadges';
import { toneText } from '../../../components/tones';
import { formatDateTime, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { HeadlineFigures } from '../shared/HeadlineFigures';
import type { SubmissionTrailOutput } from '../types';

/** Where the plan or self-assessment stands: status, times sent (not the storage version), and a return's reason. */
export function SubmissionStatus({ head }: { head: SubmissionTrailOutput['head'] }) {
  const { t } = useI18n();
  const s = t.reports.submission;
  return (
    <>
      <HeadlineFigures
        compact
        figures={[
          {
            label: s.status,
            value: (
              <Group gap={4} component="span">
                <ReviewStatusBadge status={head.status} />
                <LateBadge late={head.late} />
              </Group>
            ),
          },
          { label: s.submissions, value: formatNumber(head.submissions) },
          { label: s.lastChanged, value: formatDateTime(head.updatedAt) },
        ]}
      />
      {head.status === 'returned' && head.returnReason && (
        <Alert color="red" variant="light" role="note" title={s.returnReason}>
          <Text size="sm" fw={600} c={toneText.red} style={{ whiteSpace: 'pre-line' }}>
            {head.returnReason}
          </Text>
        </Alert>
      )}
    </>
  );
}

import type { Verification } from '@antq/domain';
import { Stack, Text } from '@mantine/core';
import { usePeopleNames } from '../../../api/usePeopleNames';
import { ToneBadge } from '../../../components/ToneBadge';
import { formatDateTime } from '../../../format';
import { useI18n } from '../../../i18n';
import { resultText } from './criteria';

/**
 * The district's verdict beside the ward's own result, worded as the review screen words it
 * (accepted, or adjusted to another result with its note). The review screen's VerificationNote
 * needs the criterion's scoring for "7/10 điểm"; the report carries only texts, so points stand alone.
 */
export function VerificationCell({ verification }: { verification: Verification | undefined }) {
  const { t } = useI18n();
  const s = t.reports.submission;
  const nameOf = usePeopleNames();
  if (!verification) {
    return (
      <Text size="sm" c="dimmed">
        {s.notVerified}
      </Text>
    );
  }
  const accepted = verification.decision === 'accept';
  return (
    <Stack gap={4} align="flex-start">
      <ToneBadge tone={accepted ? 'green' : 'orange'} style={{ whiteSpace: 'normal', height: 'auto' }}>
        {accepted ? t.assessment.accepted : t.assessment.adjusted(resultText(verification.value, t.status.value, s.points))}
      </ToneBadge>
      {verification.note && (
        <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-line' }}>
          “{verification.note}”
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t.assessment.verifiedBy(nameOf(verification.by), formatDateTime(verification.at))}
      </Text>
    </Stack>
  );
}

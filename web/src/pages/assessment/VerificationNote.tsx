import type { Criterion } from '@antq/domain';
import { Group, Text } from '@mantine/core';
import { ToneBadge } from '../../components/ToneBadge';
import type { AssessmentHeadOutput } from '../../api/types';
import { usePeopleNames } from '../../api/usePeopleNames';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { valueLabel } from './values';

type Verification = AssessmentHeadOutput['verifications'][string];

/** The district's verdict on one criterion: accepted, or adjusted to another result, with its note. */
export function VerificationNote({ verification, criterion }: { verification: Verification | undefined; criterion: Criterion }) {
  const { t } = useI18n();
  const nameOf = usePeopleNames();
  if (!verification) return null;
  const accepted = verification.decision === 'accept';
  return (
    <Group gap="xs" align="flex-start">
      <ToneBadge tone={accepted ? 'green' : 'orange'} style={{ whiteSpace: 'normal', height: 'auto' }}>
        {accepted ? t.assessment.accepted : t.assessment.adjusted(valueLabel(verification.value, criterion, t))}
      </ToneBadge>
      {verification.note && (
        <Text size="sm" fs="italic">
          “{verification.note}”
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t.assessment.verifiedBy(nameOf(verification.by), formatDateTime(verification.at))}
      </Text>
    </Group>
  );
}

import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import type { NominationOutput } from '../types';
import { NominationStatusBadge } from './NominationStatusBadge';

/**
 * Where a nomination stands. An awarded one names its decision ("Đã có quyết định số 215/QĐ-UBND
 * ngày 30/05/2023"), a link for the district; ward officers cannot open decisions, so they read it
 * as text. A returned one says why.
 */
export function NominationStatusCell({ nomination: n, isCoordinator }: { nomination: NominationOutput; isCoordinator: boolean }) {
  const { t } = useI18n();
  const a = t.awards;
  if (n.status === 'awarded' && n.decision) {
    const text = a.awardedBy(n.decision.number, n.decision.date);
    return (
      <Text size="sm" fw={500} c={toneText.green}>
        {isCoordinator ? (
          <Anchor component={Link} to={`/awards/decisions/${n.decision.decisionId}`} inherit c={toneText.green} underline="always">
            {text}
          </Anchor>
        ) : (
          text
        )}
      </Text>
    );
  }
  return (
    <Stack gap={4} align="flex-start">
      <NominationStatusBadge status={n.status} />
      {n.status === 'returned' && n.returnReason && (
        <Text size="xs" c={toneText.red}>
          {a.returnedBecause(n.returnReason)}
        </Text>
      )}
    </Stack>
  );
}

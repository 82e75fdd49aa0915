import { Text } from '@mantine/core';
import type { WardProgressOutput } from '../../api/types';
import { formatScore } from '../../format';
import { useI18n } from '../../i18n';

/** "18/22" verified, with the self-reported score beside it ("tự chấm 20/22"). */
export function ScoreText({ line }: { line: WardProgressOutput['assessment'] }) {
  const { t } = useI18n();
  if (line.submissions === 0 && line.selfScore === 0) return <Text c="dimmed">—</Text>;
  const verified = line.verifiedCount > 0;
  return (
    <Text component="span" size="sm">
      <Text component="span" fw={700} fz="md">
        {verified ? formatScore(line.verifiedScore, line.maxScore) : '—'}
      </Text>{' '}
      <Text component="span" size="xs" c="dimmed">
        ({verified ? '' : `${t.dashboard.notVerified}, `}
        {t.dashboard.selfBeside(formatScore(line.selfScore, line.maxScore))})
      </Text>
    </Text>
  );
}

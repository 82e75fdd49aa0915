import { Group, Progress, Text } from '@mantine/core';
import { formatNumber } from '../../../format';

interface Props {
  /** What the bar measures, read out with its figures ("Quận Kiến An, Kế hoạch đã nộp: 3/7"). */
  label: string;
  value: number;
  total: number;
  color: string;
}

/** A share as a bar with its figures beside it: "3/7". */
export function ShareBar({ label, value, total, color }: Props) {
  const percent = total > 0 ? Math.round((value / total) * 100) : 0;
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={percent} color={color} size="lg" radius="sm" aria-label={label} style={{ flex: 1 }} miw={80} />
      <Text size="sm" fw={600} miw={56} ta="right" aria-hidden>
        {formatNumber(value)}/{formatNumber(total)}
      </Text>
    </Group>
  );
}

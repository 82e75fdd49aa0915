import { Button, Text } from '@mantine/core';
import { toneText } from '../../../components/tones';
import { formatNumber } from '../../../format';

interface Props {
  count: number;
  /** What is counted ("Giấy khen của Chủ tịch UBND quận/huyện, tập thể"); the button is named "<what>: <count>". */
  what: string;
  pressed?: boolean;
  onClick: () => void;
}

/** A count that lists the awards behind it in one click; nothing to list behind a zero. */
export function CountButton({ count, what, pressed = false, onClick }: Props) {
  if (count === 0) {
    return (
      <Text span size="sm" c="dimmed">
        0
      </Text>
    );
  }
  return (
    <Button size="compact-sm" variant={pressed ? 'filled' : 'subtle'} color={toneText.blue} onClick={onClick} aria-label={`${what}: ${formatNumber(count)}`} aria-pressed={pressed} fw={700}>
      {formatNumber(count)}
    </Button>
  );
}

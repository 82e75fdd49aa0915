import { Text } from '@mantine/core';
import { useI18n } from '../i18n';
import { toneText } from './tones';

/**
 * "Nhập từ hồ sơ giấy ngày 20/04/2023 (do Trần Thị Lan nhập)": a submission the district received
 * on paper and a coordinator entered later, judged on time or late by the day it was received.
 * Nothing for a submission the ward sent itself.
 */
export function EnteredLaterMark({ receivedOn, by }: { receivedOn?: string; by: string }) {
  const { t } = useI18n();
  if (!receivedOn) return null;
  return (
    <Text size="xs" fw={500} c={toneText.blue} mt={2}>
      {t.paperEntry.mark(receivedOn, by)}
    </Text>
  );
}

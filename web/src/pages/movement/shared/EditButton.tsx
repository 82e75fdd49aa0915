import { Button } from '@mantine/core';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';

/** "Sửa" in a table row, named for the record it edits ("Sửa: Tổ hòa giải…"). */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="compact-sm" variant="light" color={toneText.blue} onClick={onClick} aria-label={t.movement.editOf(name)}>
      {t.common.edit}
    </Button>
  );
}

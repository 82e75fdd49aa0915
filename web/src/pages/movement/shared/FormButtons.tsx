import { Button, Group } from '@mantine/core';
import { useI18n } from '../../../i18n';

/** The save button (named for what it saves: "Lưu hội nghị") and "Hủy". */
export function FormButtons({ saveLabel, pending, onCancel }: { saveLabel: string; pending: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Group>
      <Button type="submit" loading={pending}>
        {saveLabel}
      </Button>
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {t.common.cancel}
      </Button>
    </Group>
  );
}

import { Alert } from '@mantine/core';
import { useI18n } from '../../i18n';

/** "Đã lưu …" after a save, until closed or replaced. */
export function SavedNotice({ message, onClose }: { message: string | undefined; onClose: () => void }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={onClose}>
      {message}
    </Alert>
  );
}

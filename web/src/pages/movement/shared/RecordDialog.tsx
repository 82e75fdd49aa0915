import { Modal, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';

/** A record's form in a dialog: wide on a desktop, the whole screen on a phone; a click outside does not lose the typing. */
export function RecordDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useI18n();
  const theme = useMantineTheme();
  const small = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      fullScreen={small}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t.common.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {children}
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

interface Props {
  opened: boolean;
  title: string;
  text?: ReactNode;
  /** Fields the confirmation needs (a reason…), between the text and the buttons. */
  children?: ReactNode;
  confirmLabel?: string;
  confirmColor?: string;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a consequential action; the confirm button is "Xác nhận" unless told otherwise. */
export function ConfirmDialog({ opened, title, text, children, confirmLabel, confirmColor, loading, onConfirm, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg" closeButtonProps={{ 'aria-label': t.common.close }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
        noValidate
      >
        <Stack gap="md">
          {text && <Text size="sm">{text}</Text>}
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t.common.cancel}
            </Button>
            <Button type="submit" color={confirmColor} loading={loading}>
              {confirmLabel ?? t.common.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

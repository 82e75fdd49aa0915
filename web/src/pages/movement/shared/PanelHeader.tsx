import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';

interface Props {
  count?: number;
  addLabel: string;
  onAdd: () => void;
  /** Filters of this list only (a model's kind and status). */
  children?: ReactNode;
}

/** Above a list: its own filters, how many records it shows, and the button that adds one. */
export function PanelHeader({ count, addLabel, onAdd, children }: Props) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="sm">
      <Group align="flex-end" gap="sm">
        {children}
        {count !== undefined && (
          <Text size="sm" c="dimmed" aria-live="polite" pb={6}>
            {t.movement.shown(count)}
          </Text>
        )}
      </Group>
      <Button onClick={onAdd}>{addLabel}</Button>
    </Group>
  );
}

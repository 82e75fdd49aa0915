import { Button, Fieldset, Group } from '@mantine/core';
import { toneText } from '../../../components/tones';
import type { ReactNode } from 'react';

interface Props {
  legend: string;
  removeLabel: string;
  onRemove?: () => void;
  children: ReactNode;
}

/** One row of a repeated part of the plan ("Văn bản 2"), named by its legend, with a remove button. */
export function RowFieldset({ legend, removeLabel, onRemove, children }: Props) {
  return (
    <Fieldset legend={legend} variant="filled" p="sm" pt={4} radius="md">
      {children}
      {onRemove && (
        <Group justify="flex-end" mt="xs">
          <Button size="compact-sm" variant="subtle" color={toneText.red} onClick={onRemove} aria-label={removeLabel}>
            {removeLabel}
          </Button>
        </Group>
      )}
    </Fieldset>
  );
}

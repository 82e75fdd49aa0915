import { Paper, SimpleGrid, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export interface Figure {
  label: string;
  value: ReactNode;
  note?: string;
}

function FigureCard({ figure, compact }: { figure: Figure; compact: boolean }) {
  const id = useId();
  // A named group per figure, so a reader (and a test) finds "Kế hoạch đã nộp" and its value together.
  return (
    <Paper role="group" aria-labelledby={id} withBorder={!compact} p={compact ? 0 : 'md'} radius="md">
      <Text id={id} size="sm" c="dimmed" fw={500}>
        {figure.label}
      </Text>
      <Text component="div" fw={700} fz={compact ? 'md' : 28} lh={1.3} c={compact ? undefined : 'blue.9'}>
        {figure.value}
      </Text>
      {figure.note && (
        <Text size="xs" c="dimmed">
          {figure.note}
        </Text>
      )}
    </Paper>
  );
}

/** Figures with their labels: big numbers for a report's headline, or compact facts. */
export function HeadlineFigures({ figures, compact = false }: { figures: Figure[]; compact?: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing={compact ? 'md' : 'sm'}>
      {figures.map((f) => (
        <FigureCard key={f.label} figure={f} compact={compact} />
      ))}
    </SimpleGrid>
  );
}

import type { StatusCounts as Counts } from '@antq/domain';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../i18n';

interface Props {
  title: string;
  counts: Counts;
  overdue: number;
  total: number;
}

/** How many wards are at each step, out of all participating wards. */
export function StatusCounts({ title, counts, overdue, total }: Props) {
  const { t } = useI18n();
  const id = useId();
  const items: Array<{ label: string; value: number; color: string }> = [
    { label: t.dashboard.approved, value: counts.approved, color: 'green.9' },
    { label: t.dashboard.waiting, value: counts.submitted, color: 'orange.9' },
    { label: t.dashboard.returned, value: counts.returned, color: 'red.9' },
    { label: t.dashboard.draft, value: counts.draft, color: 'blue.9' },
    { label: t.dashboard.notStarted, value: counts.not_started, color: 'gray.8' },
    { label: t.dashboard.late, value: counts.late, color: 'red.9' },
    { label: t.dashboard.overdue, value: overdue, color: 'red.9' },
  ];
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Title order={2} fz="md" mb="sm" id={id}>
        {title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" m={0}>
        {items.map((item) => (
          <div key={item.label}>
            <Text component="dt" size="xs" c="dimmed">
              {item.label}
            </Text>
            <Text component="dd" m={0} fw={700} fz="xl" c={item.value > 0 ? item.color : 'gray.8'}>
              {t.dashboard.ofWards(item.value, total)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

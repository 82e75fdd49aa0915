import type { MovementCounts } from '@antq/domain';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

interface Props {
  counts: MovementCounts;
  /** Programme activities and joint reports are the district's: shown to coordinators. */
  withProgrammes: boolean;
}

/** The year's movement figures as cards: models, commitments, forums, opinions, conferences, festival days. */
export function FigureCards({ counts, withProgrammes }: Props) {
  const { t } = useI18n();
  const m = t.movement;
  const items: Array<{ label: string; value: string; note?: string }> = [
    { label: m.activeModels, value: formatNumber(counts.activeModels), note: m.modelsLine(counts.models, counts.replicatedModels) },
    { label: m.commitments, value: formatNumber(counts.commitments), note: m.signatoriesLine(counts.signatories) },
    { label: m.forums, value: formatNumber(counts.forums), note: m.attendanceLine(counts.forumAttendance) },
    { label: m.opinions, value: m.pair(counts.opinionsReceived, counts.opinionsResolved) },
    { label: m.conferences, value: formatNumber(counts.conferences) },
    { label: m.festivals, value: formatNumber(counts.festivals) },
    ...(withProgrammes
      ? [
          { label: m.activities, value: m.pair(counts.activitiesDone, counts.activitiesTotal) },
          { label: m.reports, value: formatNumber(counts.reports) },
        ]
      : []),
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, md: withProgrammes ? 4 : 3 }} spacing="sm" m={0}>
      {items.map((item) => (
        <Paper key={item.label} withBorder p="md" radius="md" bg="white">
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz={28} lh={1.3} c="blue.9">
            {item.value}
          </Text>
          {item.note && (
            <Text component="dd" m={0} size="xs" c="dimmed">
              {item.note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import type { TimelineRecord } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { timelineEntry } from './timelineEntry';

function Timeline({ records }: { records: readonly TimelineRecord[] }) {
  const { t } = useI18n();
  if (records.length === 0) {
    return (
      <Text c="dimmed" role="status">
        {t.timeline.empty}
      </Text>
    );
  }
  return (
    <Stack component="ol" aria-label={t.timeline.list} gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
      {records.map((record, i) => {
        const entry = timelineEntry(record, t);
        const last = i === records.length - 1;
        return (
          <Group component="li" key={record.recordId} align="stretch" gap="md" wrap="nowrap">
            <Stack gap={0} align="center" w={16} style={{ flexShrink: 0 }} aria-hidden>
              <div style={{ width: 12, height: 12, borderRadius: 6, marginTop: 18, background: 'var(--mantine-color-blue-8)' }} />
              {!last && <div style={{ flex: 1, width: 2, background: 'var(--mantine-color-blue-2)' }} />}
            </Stack>
            <Paper withBorder p="sm" mb="sm" style={{ flex: 1 }}>
              <Group gap="sm" wrap="wrap">
                <Text fw={700} ff="monospace">
                  {formatDate(record.date)}
                </Text>
                <Badge variant="light" c="blue.9" style={{ whiteSpace: 'normal', height: 'auto' }}>
                  {entry.kind}
                </Badge>
              </Group>
              <Text fw={600} mt={4}>
                {entry.title}
              </Text>
              {entry.figures && (
                <Text size="sm" c="dimmed">
                  {entry.figures}
                </Text>
              )}
            </Paper>
          </Group>
        );
      })}
    </Stack>
  );
}

/** `/movement/wards/:wardId`: everything the ward recorded, in date order. */
export function WardTimelinePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { wardId = '' } = useParams();
  const ward = useQuery(trpc.wards.get.queryOptions({ wardId }));
  const timeline = useQuery(trpc.records.timeline.queryOptions({ wardId }));
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/movement" size="sm">
        ← {t.timeline.back}
      </Anchor>
      <QueryState query={ward}>
        {(w) => (
          <Stack gap="lg">
            <PageHeader title={t.movement.timelineOf(w.name)} subtitle={t.timeline.subtitle} />
            <Section title={t.timeline.list} description={timeline.data ? t.timeline.count(timeline.data.length) : undefined}>
              <QueryState query={timeline}>{(records) => <Timeline records={records} />}</QueryState>
            </Section>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

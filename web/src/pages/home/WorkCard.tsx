import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { ToneBadge } from '../../components/ToneBadge';
import type { Tone } from '../../components/tones';
import { toneText } from '../../components/tones';
import { formatDate, formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import type { Urgency, WorkItem } from './work';

const tones: Record<Urgency, Tone> = { returned: 'red', overdue: 'orange', todo: 'blue', waiting: 'gray', done: 'green' };

/** One plan or self-assessment on the ward's home: what to do, by when, and a returned one's reason. */
export function WorkCard({ item, nameOf }: { item: WorkItem; nameOf: (username: string | undefined) => string }) {
  const { t } = useI18n();
  const w = t.work;
  const id = useId();
  const part = w.part[item.part];
  const path = `/ward/campaigns/${item.campaignId}/${item.part}`;
  const action = item.urgency === 'returned' ? w.fix[item.part] : item.urgency === 'waiting' || item.urgency === 'done' ? w.view[item.part] : w.open[item.part];
  const pressing = item.urgency === 'returned' || item.urgency === 'overdue' || item.urgency === 'todo';
  const showDays = pressing || item.urgency === 'waiting';
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={id} style={item.urgency === 'returned' ? { borderColor: 'var(--mantine-color-red-7)', borderWidth: 2 } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} fz="md" id={id} style={{ flex: '1 1 16rem' }}>
            {w.itemTitle(part, item.campaignName)}
          </Title>
          <ToneBadge tone={tones[item.urgency]}>{w.urgency[item.urgency]}</ToneBadge>
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm">{w.deadline(formatDate(item.deadline))}</Text>
          {showDays && item.urgency !== 'waiting' && (
            <Text size="sm" fw={700} c={item.daysLeft < 0 ? toneText.red : item.daysLeft <= 7 ? toneText.orange : undefined}>
              {w.daysLeft(item.daysLeft)}
            </Text>
          )}
          {item.lastSubmittedAt && item.urgency === 'waiting' && (
            <Text size="sm" c="dimmed">
              {w.sentAt(formatDateTime(item.lastSubmittedAt))}
            </Text>
          )}
        </Group>
        {item.urgency === 'returned' && item.returnReason && (
          <Alert color="red" variant="light" role="note" title={w.reason} p="sm">
            <Stack gap={4}>
              <Text size="sm" fw={600} c={toneText.red} style={{ whiteSpace: 'pre-line' }}>
                {item.returnReason}
              </Text>
              {item.returnedAt && (
                <Text size="xs" c={toneText.gray}>
                  {w.returnedBy(nameOf(item.returnedBy), formatDateTime(item.returnedAt))}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
        {item.locked && pressing && (
          <Text size="sm" c={toneText.orange}>
            {w.locked}
          </Text>
        )}
        <Group>
          <Button component={Link} to={path} size="sm" variant={pressing ? 'filled' : 'light'} color={item.urgency === 'returned' ? toneText.red : pressing ? undefined : toneText.blue} aria-label={w.openOf(action, item.campaignName)}>
            {action}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

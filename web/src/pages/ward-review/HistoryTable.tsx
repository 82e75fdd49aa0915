import { Table, Text } from '@mantine/core';
import type { PlanHeadOutput } from '../../api/types';
import { LateBadge } from '../../components/StatusBadges';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

type Event = PlanHeadOutput['history'][number];

/** Who did what and when: each submission, return (with its reason), approval, verification. */
export function HistoryTable({ events }: { events: readonly Event[] }) {
  const { t } = useI18n();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t.review.noHistory}
      </Text>
    );
  }
  const actionName = (e: Event) => (e.action === 'submit' ? t.review.actions.submit(e.submission ?? 1) : t.review.actions[e.action]);
  return (
    <Table.ScrollContainer minWidth={640} type="native" mah={360}>
      <Table aria-label={t.review.historyTable} withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={150}>
              {t.review.when}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {t.review.action}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {t.review.by}
            </Table.Th>
            <Table.Th scope="col">{t.review.note}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...events].reverse().map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>{formatDateTime(e.at)}</Table.Td>
              <Table.Td fw={500}>
                {actionName(e)}
                <LateBadge late={Boolean(e.late)} />
              </Table.Td>
              <Table.Td>{e.by}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{e.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

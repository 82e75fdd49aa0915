import { Table, Text } from '@mantine/core';
import type { ReviewEvent } from '@antq/domain';
import { formatDateTime } from '../format';
import { usePeopleNames } from '../api/usePeopleNames';
import { useI18n } from '../i18n';
import { EnteredLaterMark } from './EnteredLaterMark';
import { LateBadge } from './StatusBadges';

type Event = Pick<ReviewEvent, 'action' | 'by' | 'at' | 'submission' | 'reason' | 'late' | 'receivedOn'>;

/**
 * A review trail, newest first: who did what and when — each submission, return (with its
 * reason), approval, verification; a submission entered later from paper says so. The review
 * screens and the reports' drill-down share it.
 */
export function ReviewHistoryTable({ events, label, maxHeight }: { events: readonly Event[]; label: string; maxHeight?: number }) {
  const { t } = useI18n();
  const nameOf = usePeopleNames();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t.review.noHistory}
      </Text>
    );
  }
  const actionName = (e: Event) => (e.action === 'submit' ? t.review.actions.submit(e.submission ?? 1) : t.review.actions[e.action]);
  return (
    <Table.ScrollContainer minWidth={640} type="native" mah={maxHeight} tabIndex={0}>
      <Table aria-label={label} withTableBorder striped verticalSpacing="xs" fz="sm">
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
            <Table.Tr key={`${e.at}-${i}`}>
              <Table.Td>{formatDateTime(e.at)}</Table.Td>
              <Table.Td fw={500}>
                {actionName(e)}
                <LateBadge late={Boolean(e.late)} />
                <EnteredLaterMark receivedOn={e.receivedOn} by={nameOf(e.by)} />
              </Table.Td>
              <Table.Td>{nameOf(e.by)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{e.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

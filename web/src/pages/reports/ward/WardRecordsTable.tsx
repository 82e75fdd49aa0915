import { Table } from '@mantine/core';
import type { TimelineRecord } from '../../../api/types';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n';
import { timelineEntry } from '../../timeline/timelineEntry';
import type { WardReportOutput } from '../types';

/** The ward's movement records of the year, described as on its timeline. */
export function WardRecordsTable({ records }: { records: WardReportOutput['records'] }) {
  const { t } = useI18n();
  const w = t.reports.ward;
  const sorted = [...records].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Table.ScrollContainer minWidth={680} type="native">
      <Table aria-label={w.recordsTable} withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={110}>
              {w.date}
            </Table.Th>
            <Table.Th scope="col" w={180}>
              {w.kind}
            </Table.Th>
            <Table.Th scope="col">{w.content}</Table.Th>
            <Table.Th scope="col">{w.figures}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((record) => {
            const entry = timelineEntry(record as TimelineRecord, t);
            return (
              <Table.Tr key={record.recordId}>
                <Table.Td>{formatDate(record.date)}</Table.Td>
                <Table.Td>{entry.kind}</Table.Td>
                <Table.Td fw={500}>{entry.title}</Table.Td>
                <Table.Td>{entry.figures || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

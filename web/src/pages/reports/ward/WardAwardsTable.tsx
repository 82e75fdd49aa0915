import { Table } from '@mantine/core';
import { useI18n } from '../../../i18n';
import type { WardReportOutput } from '../types';

/** The awards of the year that count for the ward: who, what kind, which form, at what level. */
export function WardAwardsTable({ awards, formNames }: { awards: WardReportOutput['awards']; formNames: Record<string, string> }) {
  const { t } = useI18n();
  const w = t.reports.ward;
  const a = t.reports.awards;
  const sorted = [...awards].sort((x, y) => x.recipientName.localeCompare(y.recipientName, 'vi'));
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table aria-label={w.awardsTable} withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{w.recipient}</Table.Th>
            <Table.Th scope="col">{w.recipientKind}</Table.Th>
            <Table.Th scope="col">{w.form}</Table.Th>
            <Table.Th scope="col">{w.level}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((e) => (
            <Table.Tr key={e.outcomeId}>
              <Table.Td fw={500}>{e.recipientName}</Table.Td>
              <Table.Td>{a.kind[e.recipientKind]}</Table.Td>
              <Table.Td>{formNames[e.formCode] ?? e.formCode}</Table.Td>
              <Table.Td>{a.level[e.level] ?? e.level}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

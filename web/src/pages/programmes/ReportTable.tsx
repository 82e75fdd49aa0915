import { Table, Text } from '@mantine/core';
import type { ReportRecord } from '../../api/types';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { EditButton } from '../movement/shared/EditButton';
import { EmptyRow } from '../movement/shared/EmptyRow';

/** The programme's joint reports, oldest first: day, side, period, number verbatim, summary. */
export function ReportTable({ reports, onEdit }: { reports: readonly ReportRecord[]; onEdit: (report: ReportRecord) => void }) {
  const { t } = useI18n();
  const p = t.programmes;
  return (
    <Table.ScrollContainer minWidth={860} type="native" tabIndex={0}>
      <Table aria-label={p.reportsTable} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={110}>
              {p.reportDate}
            </Table.Th>
            <Table.Th scope="col" w={180}>
              {p.periodLabel}
            </Table.Th>
            <Table.Th scope="col" w={150}>
              {p.reportSide}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {p.reportNumber}
            </Table.Th>
            <Table.Th scope="col">{p.summary}</Table.Th>
            <Table.Th scope="col" w={80}>
              {t.movement.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.length === 0 ? (
            <EmptyRow colSpan={6} text={p.reportsEmpty} />
          ) : (
            reports.map((report) => {
              const f = report.fields;
              return (
                <Table.Tr key={report.recordId}>
                  <Table.Td>{formatDate(f.date)}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {f.periodLabel}
                  </Table.Th>
                  <Table.Td fz="sm">{t.labels.programmeSide[f.side]}</Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {f.documentNumber ?? t.common.none}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                      {f.summary}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <EditButton name={`${p.reportsTitle} ${f.periodLabel}`} onClick={() => onEdit(report)} />
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

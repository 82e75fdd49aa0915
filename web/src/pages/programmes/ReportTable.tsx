import { Table, Text } from '@mantine/core';
import type { ReportRecord } from '../../api/types';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { RecordTable } from '../movement/shared/RecordTable';

/** The programme's joint reports, oldest first: day, side, period, number verbatim, summary. */
export function ReportTable({ reports, onEdit }: { reports: readonly ReportRecord[]; onEdit: (report: ReportRecord) => void }) {
  const { t } = useI18n();
  const p = t.programmes;
  return (
    <RecordTable
      label={p.reportsTable}
      minWidth={860}
      columns={[{ label: p.reportDate, w: 110 }, { label: p.periodLabel, w: 180 }, { label: p.reportSide, w: 150 }, { label: p.reportNumber, w: 170 }, { label: p.summary }]}
      records={reports}
      empty={p.reportsEmpty}
      edit={{ name: (report) => `${p.reportsTitle} ${report.fields.periodLabel}`, onEdit }}
      cells={({ fields: f }) => (
        <>
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
        </>
      )}
    />
  );
}

import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { RecordTable } from '../../movement/shared/RecordTable';
import type { DecisionOutput } from '../types';

/** The district's award decisions, the latest first: number (to the decision), date, issuing body and level, lines awarded and revoked. */
export function DecisionTable({ decisions }: { decisions: readonly DecisionOutput[] }) {
  const { t } = useI18n();
  const a = t.awards;
  const rows = [...decisions].sort((x, y) => y.fields.date.localeCompare(x.fields.date) || y.createdAt.localeCompare(x.createdAt)).map((d) => ({ ...d, recordId: d.decisionId }));
  return (
    <RecordTable
      label={a.decisionsTable}
      minWidth={820}
      columns={[
        { label: a.number, w: 190 },
        { label: a.date, w: 110 },
        { label: a.issuingBody, miw: 220 },
        { label: a.authorityLevel, w: 120 },
        { label: a.lineCount, w: 110, ta: 'right' },
        { label: a.revokedCount, w: 110, ta: 'right' },
      ]}
      records={rows}
      empty={a.decisionsEmpty}
      cells={(d) => (
        <>
          <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
            <Anchor component={Link} to={`/awards/decisions/${d.decisionId}`} aria-label={a.open(d.fields.number)}>
              {d.fields.number}
            </Anchor>
          </Table.Th>
          <Table.Td>{formatDate(d.fields.date)}</Table.Td>
          <Table.Td fz="sm">{d.fields.issuingBody}</Table.Td>
          <Table.Td fz="sm">{a.level[d.fields.authorityLevel]}</Table.Td>
          <Table.Td ta="right">{formatNumber(d.lines.length)}</Table.Td>
          <Table.Td ta="right">{formatNumber(d.lines.filter((l) => l.revoked).length)}</Table.Td>
        </>
      )}
    />
  );
}

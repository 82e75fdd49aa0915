import { List, Table, Text } from '@mantine/core';
import type { CommitmentRecord } from '../../../api/types';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../shared/useMovementScope';
import { RecordTable } from '../shared/RecordTable';

interface Props {
  commitments: readonly CommitmentRecord[];
  scope: MovementScope;
  onEdit: (record: CommitmentRecord) => void;
}

/** Commitment signings: when, where, what was committed, who signed and how many. */
export function CommitmentTable({ commitments, scope, onEdit }: Props) {
  const { t } = useI18n();
  const c = t.commitments;
  const wardOf = (record: CommitmentRecord) => scope.wardName(record.fields.wardId) ?? '';
  return (
    <RecordTable
      label={c.table}
      minWidth={900}
      columns={[{ label: c.date, w: 110 }, { label: c.ward, w: 180 }, { label: c.contents }, { label: c.signatories, w: 240 }, { label: c.totalSignatories, w: 110, ta: 'right' }]}
      records={commitments}
      empty={c.empty}
      edit={{ name: (record) => `${t.labels.recordKind.commitment} ${wardOf(record)}, ${formatDate(record.fields.date)}`, onEdit }}
      cells={(record) => {
        const f = record.fields;
        return (
          <>
            <Table.Td>{formatDate(f.date)}</Table.Td>
            <Table.Th scope="row" fw={500}>
              {wardOf(record)}
            </Table.Th>
            <Table.Td fz="sm">
              <Text size="xs" c="dimmed">
                {c.contentsCount(f.contents.length)}
              </Text>
              <List size="sm" type="ordered" spacing={0}>
                {f.contents.map((content, i) => (
                  <List.Item key={i}>{content}</List.Item>
                ))}
              </List>
            </Table.Td>
            <Table.Td fz="sm">
              {f.signatories.map((s, i) => (
                <div key={i}>{c.signatoryLine(t.labels.signatoryKind[s.kind], s.count)}</div>
              ))}
            </Table.Td>
            <Table.Td ta="right" fw={600}>
              {formatNumber(f.signatories.reduce((n, s) => n + s.count, 0))}
            </Table.Td>
          </>
        );
      }}
    />
  );
}

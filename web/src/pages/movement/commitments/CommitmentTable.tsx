import { List, Table, Text } from '@mantine/core';
import type { CommitmentRecord } from '../../../api/types';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { EditButton } from '../shared/EditButton';
import { EmptyRow } from '../shared/EmptyRow';
import type { MovementScope } from '../shared/useMovementScope';

interface Props {
  commitments: readonly CommitmentRecord[];
  scope: MovementScope;
  onEdit: (record: CommitmentRecord) => void;
}

/** Commitment signings: when, where, what was committed, who signed and how many. */
export function CommitmentTable({ commitments, scope, onEdit }: Props) {
  const { t } = useI18n();
  const c = t.commitments;
  return (
    <Table.ScrollContainer minWidth={900} type="native" tabIndex={0}>
      <Table aria-label={c.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={110}>
              {c.date}
            </Table.Th>
            <Table.Th scope="col" w={180}>
              {c.ward}
            </Table.Th>
            <Table.Th scope="col">{c.contents}</Table.Th>
            <Table.Th scope="col" w={240}>
              {c.signatories}
            </Table.Th>
            <Table.Th scope="col" w={110} ta="right">
              {c.totalSignatories}
            </Table.Th>
            <Table.Th scope="col" w={80}>
              {t.movement.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {commitments.length === 0 ? (
            <EmptyRow colSpan={6} text={c.empty} />
          ) : (
            commitments.map((record) => {
              const f = record.fields;
              const total = f.signatories.reduce((n, s) => n + s.count, 0);
              const ward = scope.wardName(f.wardId) ?? '';
              return (
                <Table.Tr key={record.recordId}>
                  <Table.Td>{formatDate(f.date)}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {ward}
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
                    {formatNumber(total)}
                  </Table.Td>
                  <Table.Td>
                    <EditButton name={`${t.labels.recordKind.commitment} ${ward}, ${formatDate(f.date)}`} onClick={() => onEdit(record)} />
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

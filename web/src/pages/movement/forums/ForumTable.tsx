import { opinionCounts } from '@antq/domain';
import { Table, Text } from '@mantine/core';
import type { ForumRecord } from '../../../api/types';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { EditButton } from '../shared/EditButton';
import { EmptyRow } from '../shared/EmptyRow';
import type { MovementScope } from '../shared/useMovementScope';

interface Props {
  forums: readonly ForumRecord[];
  scope: MovementScope;
  onEdit: (record: ForumRecord) => void;
}

/** Citizen forums: when, where, how many came, opinions received and resolved (computed). */
export function ForumTable({ forums, scope, onEdit }: Props) {
  const { t } = useI18n();
  const f = t.forums;
  return (
    <Table.ScrollContainer minWidth={900} type="native" tabIndex={0}>
      <Table aria-label={f.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={110}>
              {f.date}
            </Table.Th>
            <Table.Th scope="col">{f.title}</Table.Th>
            <Table.Th scope="col" w={180}>
              {f.ward}
            </Table.Th>
            <Table.Th scope="col">{f.place}</Table.Th>
            <Table.Th scope="col" w={110} ta="right">
              {f.attendance}
            </Table.Th>
            <Table.Th scope="col" w={230}>
              {f.opinions}
            </Table.Th>
            <Table.Th scope="col" w={80}>
              {t.movement.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {forums.length === 0 ? (
            <EmptyRow colSpan={7} text={f.empty} />
          ) : (
            forums.map((record) => {
              const x = record.fields;
              const counts = opinionCounts(x.opinions);
              return (
                <Table.Tr key={record.recordId}>
                  <Table.Td>{formatDate(x.date)}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {x.title}
                  </Table.Th>
                  <Table.Td fz="sm">{scope.wardName(x.wardId)}</Table.Td>
                  <Table.Td fz="sm">{x.place}</Table.Td>
                  <Table.Td ta="right">{formatNumber(x.attendance)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.counts(counts.received, counts.resolved)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <EditButton name={`${x.title}, ${scope.wardName(x.wardId)}, ${formatDate(x.date)}`} onClick={() => onEdit(record)} />
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

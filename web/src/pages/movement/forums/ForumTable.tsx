import { opinionCounts } from '@antq/domain';
import { Table, Text } from '@mantine/core';
import type { ForumRecord } from '../../../api/types';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../shared/useMovementScope';
import { RecordTable } from '../shared/RecordTable';

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
    <RecordTable
      label={f.table}
      minWidth={900}
      columns={[{ label: f.date, w: 110 }, { label: f.title }, { label: f.ward, w: 180 }, { label: f.place }, { label: f.attendance, w: 110, ta: 'right' }, { label: f.opinions, w: 230 }]}
      records={forums}
      empty={f.empty}
      edit={{ name: ({ fields: x }) => `${x.title}, ${scope.wardName(x.wardId)}, ${formatDate(x.date)}`, onEdit }}
      cells={({ fields: x }) => {
        const counts = opinionCounts(x.opinions);
        return (
          <>
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
          </>
        );
      }}
    />
  );
}

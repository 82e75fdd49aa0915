import { emptyCounts, type MovementCounts } from '@antq/domain';
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import type { MovementScope } from './shared/useMovementScope';

interface Props {
  scope: MovementScope;
  wards: Readonly<Record<string, MovementCounts | undefined>>;
  totals: MovementCounts;
}

const columns: Array<keyof MovementCounts> = ['activeModels', 'commitments', 'signatories', 'forums', 'opinionsReceived', 'opinionsResolved', 'conferences', 'festivals'];

/** Coordinator: each ward's figures of the year, every ward listed (zeros too), each linking to its timeline. */
export function WardFiguresTable({ scope, wards, totals }: Props) {
  const { t } = useI18n();
  const m = t.movement;
  const headers: Record<(typeof columns)[number], string> = {
    activeModels: m.activeModels,
    commitments: m.commitments,
    signatories: m.signatories,
    forums: m.forums,
    opinionsReceived: m.opinionsReceived,
    opinionsResolved: m.opinionsResolved,
    conferences: m.conferencesShort,
    festivals: m.festivalsShort,
  } as Record<keyof MovementCounts, string>;
  return (
    <Table.ScrollContainer minWidth={900} type="native" tabIndex={0}>
      <Table aria-label={m.byWardTable} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{m.ward}</Table.Th>
            {columns.map((key) => (
              <Table.Th key={key} scope="col" ta="right" w={100}>
                {headers[key]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scope.wards.map((ward) => {
            const counts = wards[ward.wardId] ?? emptyCounts();
            return (
              <Table.Tr key={ward.wardId}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/movement/wards/${ward.wardId}`} title={m.timelineOf(ward.name)}>
                    {ward.name}
                  </Anchor>
                </Table.Th>
                {columns.map((key) => (
                  <Table.Td key={key} ta="right" c={counts[key] > 0 ? undefined : 'dimmed'}>
                    {formatNumber(counts[key])}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{m.districtTotal}</Table.Th>
            {columns.map((key) => (
              <Table.Td key={key} ta="right" fw={700}>
                {formatNumber(totals[key])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { EmptyRow } from '../../movement/shared/EmptyRow';
import { CountButton } from './CountButton';
import type { TallySelection } from './tallyTable';

export interface CountRow {
  key: string;
  name: string;
  /** A line beside the name (what the count holds: "12 tập thể, 10 cá nhân"). */
  detail?: ReactNode;
  count: number;
  selection: TallySelection;
}

interface Props {
  label: string;
  nameColumn: string;
  detailColumn?: string;
  rows: readonly CountRow[];
  selected: TallySelection | undefined;
  onSelect: (selection: TallySelection, title: string) => void;
}

/** Counts by one dimension (level, achievement, ward): name, an optional detail, the count that lists its awards. */
export function CountTable({ label, nameColumn, detailColumn, rows, selected, onSelect }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  return (
    <Table.ScrollContainer minWidth={detailColumn ? 640 : 360} type="native" tabIndex={0}>
      <Table aria-label={label} striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameColumn}</Table.Th>
            {detailColumn && <Table.Th scope="col">{detailColumn}</Table.Th>}
            <Table.Th scope="col" w={110} ta="right">
              {a.count}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow colSpan={detailColumn ? 3 : 2} text={a.entriesNone} />}
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.name}
              </Table.Th>
              {detailColumn && <Table.Td fz="sm">{row.detail}</Table.Td>}
              <Table.Td ta="right">
                <CountButton count={row.count} what={row.name} pressed={JSON.stringify(selected) === JSON.stringify(row.selection)} onClick={() => onSelect(row.selection, row.name)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

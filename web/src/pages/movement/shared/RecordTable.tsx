import { Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { EditButton } from './EditButton';
import { EmptyRow } from './EmptyRow';

/** A column's header and width; the cells come from the table's `cells`, in the same order. */
export interface RecordColumn {
  label: string;
  w?: number;
  miw?: number;
  ta?: 'right';
}

interface Props<R extends { recordId: string }> {
  /** The table's accessible name (browser tests and screen readers find it by this). */
  label: string;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  /** `false` for a column this table leaves out (a conference's subject on a programme's page). */
  columns: readonly (RecordColumn | false)[];
  records: readonly R[];
  /** What to say when there is nothing to list; without it the body is simply empty. */
  empty?: string;
  /** One row's cells, the row header (`Table.Th scope="row"`) among them. */
  cells: (record: R) => ReactNode;
  /** The last column, "Thao tác": "Sửa" named for the record, and any other action of the row. */
  edit?: { name: (record: R) => string; onEdit: (record: R) => void; width?: number; more?: (record: R) => ReactNode };
}

/**
 * A list of records as every movement and programme screen shows it: a striped table in a scroll
 * container that the keyboard can reach (tabIndex), an empty row, and an edit button per record.
 */
export function RecordTable<R extends { recordId: string }>({ label, minWidth, columns, records, empty, cells, edit }: Props<R>) {
  const { t } = useI18n();
  const shown = columns.filter((c): c is RecordColumn => c !== false);
  const editCell = (record: R) => {
    if (!edit) return null;
    const button = <EditButton name={edit.name(record)} onClick={() => edit.onEdit(record)} />;
    const more = edit.more?.(record);
    return (
      <Table.Td>
        {more === undefined ? (
          button
        ) : (
          <Group gap={6}>
            {button}
            {more}
          </Group>
        )}
      </Table.Td>
    );
  };
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0}>
      <Table aria-label={label} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {shown.map((c, i) => (
              // The columns never move, so their place is a stable key (two may share a label).
              <Table.Th key={i} scope="col" w={c.w} miw={c.miw} ta={c.ta}>
                {c.label}
              </Table.Th>
            ))}
            {edit && (
              <Table.Th scope="col" w={edit.width ?? 80}>
                {t.movement.actions}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.length === 0 && empty !== undefined ? (
            <EmptyRow colSpan={shown.length + (edit ? 1 : 0)} text={empty} />
          ) : (
            records.map((record) => (
              <Table.Tr key={record.recordId}>
                {cells(record)}
                {editCell(record)}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Table } from '@mantine/core';

/** One row saying there is nothing to list. */
export function EmptyRow({ colSpan, text }: { colSpan: number; text: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan} ta="center" c="dimmed" py="md">
        {text}
      </Table.Td>
    </Table.Tr>
  );
}

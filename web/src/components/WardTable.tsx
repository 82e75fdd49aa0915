import { Table } from '@mantine/core';
import type { WardOutput } from '../api/types';
import { useI18n } from '../i18n';

interface Props {
  wards: readonly WardOutput[];
  /** Shown in one row when there is nothing to list. */
  empty: string;
}

/** Wards in the order given (the API's Vietnamese order): STT, Mã GSO, Tên phường/xã, Loại. */
export function WardTable({ wards, empty }: Props) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={480} type="native" tabIndex={0}>
      <Table aria-label={t.district.wardsTable} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={70}>
              {t.units.index}
            </Table.Th>
            <Table.Th scope="col" w={120}>
              {t.units.gsoCode}
            </Table.Th>
            <Table.Th scope="col">{t.units.wardName}</Table.Th>
            <Table.Th scope="col" w={140}>
              {t.units.type}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {wards.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4} ta="center" c="dimmed" py="md">
                {empty}
              </Table.Td>
            </Table.Tr>
          ) : (
            wards.map((ward, index) => (
              <Table.Tr key={ward.wardId}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td ff="monospace">{ward.wardId}</Table.Td>
                <Table.Td fw={500}>{ward.name}</Table.Td>
                <Table.Td>{ward.type}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

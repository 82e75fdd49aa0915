import { unitLabel } from '@antq/domain';
import { Table } from '@mantine/core';
import type { TenantSummary } from '../../api/types';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

/** The province's onboarded districts: Mã, Tên quận/huyện, Loại, Số phường/xã. */
export function DistrictTable({ districts }: { districts: readonly TenantSummary[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={480} type="native" tabIndex={0}>
      <Table aria-label={t.province.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90}>
              {t.units.code}
            </Table.Th>
            <Table.Th scope="col">{t.units.districtName}</Table.Th>
            <Table.Th scope="col" w={160}>
              {t.units.type}
            </Table.Th>
            <Table.Th scope="col" w={140} ta="right">
              {t.units.wardCount}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {districts.map((d) => (
            <Table.Tr key={d.tenantId}>
              <Table.Td ff="monospace">{d.tenantId}</Table.Td>
              <Table.Td fw={500}>{unitLabel(d.name)}</Table.Td>
              <Table.Td>{d.type}</Table.Td>
              <Table.Td ta="right">{formatNumber(d.wardCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

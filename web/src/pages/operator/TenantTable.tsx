import { unitLabel } from '@antq/domain';
import { Table } from '@mantine/core';
import type { TenantSummary } from '../../api/types';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

/** Every onboarded tenant: Mã, Tên quận/huyện, Loại, Tỉnh/thành phố, Số phường/xã. */
export function TenantTable({ tenants }: { tenants: readonly TenantSummary[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={600} type="native" tabIndex={0}>
      <Table aria-label={t.operator.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90}>
              {t.units.code}
            </Table.Th>
            <Table.Th scope="col">{t.units.districtName}</Table.Th>
            <Table.Th scope="col">{t.units.type}</Table.Th>
            <Table.Th scope="col">{t.units.province}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t.units.wardCount}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tenants.map((tenant) => (
            <Table.Tr key={tenant.tenantId}>
              <Table.Td ff="monospace">{tenant.tenantId}</Table.Td>
              <Table.Td fw={500}>{unitLabel(tenant.name)}</Table.Td>
              <Table.Td>{tenant.type}</Table.Td>
              <Table.Td>{unitLabel(tenant.provinceName)}</Table.Td>
              <Table.Td ta="right">{formatNumber(tenant.wardCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

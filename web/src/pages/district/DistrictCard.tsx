import { unitLabel } from '@antq/domain';
import { Paper, Title } from '@mantine/core';
import type { TenantOutput } from '../../api/types';
import { Facts } from '../../components/Facts';
import { formatDate, formatNumber } from '../../format';
import { useI18n } from '../../i18n';

/** The district at a glance: code, province, number of wards, onboarding date. */
export function DistrictCard({ tenant }: { tenant: TenantOutput }) {
  const { t } = useI18n();
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="district-card-title">
      <Title order={2} fz="lg" mb="md" id="district-card-title">
        {t.district.cardTitle}
      </Title>
      <Facts
        items={[
          { label: t.units.districtCode, value: tenant.tenantId },
          { label: t.units.province, value: unitLabel(tenant.provinceName) },
          { label: t.units.wardCount, value: formatNumber(tenant.wardCount) },
          { label: t.units.onboardedAt, value: formatDate(tenant.onboardedAt) },
        ]}
      />
    </Paper>
  );
}

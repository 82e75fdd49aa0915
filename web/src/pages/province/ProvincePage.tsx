import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { sortByName, unitLabel } from '@antq/domain';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../api/useMe';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { DistrictTable } from './DistrictTable';

/** Provincial staff home: the province's onboarded districts, read-only. */
export function ProvincePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const province = useQuery(trpc.provinces.districts.queryOptions());
  return (
    <QueryState query={province}>
      {({ provinceId, districts }) => {
        const sorted = sortByName(districts, (d) => d.name);
        const provinceName = me.data?.provinceName ?? districts[0]?.provinceName ?? `${t.units.province} ${provinceId}`;
        const wardTotal = districts.reduce((sum, d) => sum + d.wardCount, 0);
        return (
          <Stack gap="lg">
            <PageHeader title={unitLabel(provinceName)} subtitle={t.province.readOnly} />
            <Paper component="section" withBorder p="lg" aria-labelledby="province-districts-title">
              <Title order={2} fz="lg" id="province-districts-title">
                {t.province.subtitle}
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                {t.province.summary(districts.length, wardTotal)}
              </Text>
              {sorted.length === 0 ? (
                <Alert color="gray" variant="light" role="status">
                  {t.province.empty}
                </Alert>
              ) : (
                <DistrictTable districts={sorted} />
              )}
            </Paper>
          </Stack>
        );
      }}
    </QueryState>
  );
}

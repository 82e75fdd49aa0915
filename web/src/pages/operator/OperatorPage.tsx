import { compareVietnamese } from '@antq/domain';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { OnboardForm } from './OnboardForm';
import { TenantTable } from './TenantTable';

/** Operator home: onboard a district, see every tenant so far (by province, then name, the Vietnamese way). */
export function OperatorPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const tenants = useQuery(trpc.tenants.list.queryOptions());
  return (
    <Stack gap="lg">
      <PageHeader title={t.operator.title} subtitle={t.app.platform} />
      <OnboardForm />
      <Paper component="section" withBorder p="lg" aria-labelledby="tenants-title">
        <Title order={2} fz="lg" id="tenants-title">
          {t.operator.listTitle}
        </Title>
        <QueryState query={tenants}>
          {(list) => {
            const sorted = [...list].sort(
              (a, b) => compareVietnamese(a.provinceName, b.provinceName) || compareVietnamese(a.name, b.name),
            );
            return (
              <>
                <Text size="sm" c="dimmed" mb="md">
                  {t.operator.count(list.length)}
                </Text>
                {sorted.length === 0 ? (
                  <Alert color="gray" variant="light" role="status">
                    {t.operator.empty}
                  </Alert>
                ) : (
                  <TenantTable tenants={sorted} />
                )}
              </>
            );
          }}
        </QueryState>
      </Paper>
    </Stack>
  );
}

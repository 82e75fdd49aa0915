import { Alert, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { CatalogueImport } from './CatalogueImport';
import { CatalogueTable } from './CatalogueTable';

/** Coordinator: the district's criteria catalogues, and importing a new one from a file. */
export function CriteriaPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const list = useQuery(trpc.criteria.list.queryOptions());
  return (
    <Stack gap="lg">
      <PageHeader title={t.criteria.title} subtitle={t.criteria.intro} />
      <Section title={t.criteria.listTitle}>
        <QueryState query={list}>
          {(catalogues) =>
            catalogues.length === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {t.criteria.empty}
              </Alert>
            ) : (
              <CatalogueTable catalogues={catalogues} />
            )
          }
        </QueryState>
      </Section>
      <CatalogueImport />
    </Stack>
  );
}

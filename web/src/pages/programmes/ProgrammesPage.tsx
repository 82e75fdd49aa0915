import { Alert, Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { ProgrammeTable } from './ProgrammeTable';

/** `/programmes` (coordinator): the district's joint police–Front programmes, and the way to add one. */
export function ProgrammesPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  return (
    <Stack gap="lg">
      <PageHeader title={t.programmes.title} subtitle={t.programmes.intro} />
      <Section title={t.programmes.table} actions={<Button onClick={() => navigate('/programmes/new')}>{t.programmes.add}</Button>}>
        <QueryState query={programmes}>
          {(list) =>
            list.length === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {t.programmes.empty}
              </Alert>
            ) : (
              <ProgrammeTable programmes={list} />
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

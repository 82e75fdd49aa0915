import { Alert, Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { CampaignTable } from './CampaignTable';

/** Coordinator: the district's campaigns, and the way to create one. */
export function CampaignsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const campaigns = useQuery(trpc.campaigns.list.queryOptions());
  return (
    <Stack gap="lg">
      <PageHeader title={t.campaigns.title} subtitle={t.campaigns.intro} />
      <Section title={t.campaigns.table} actions={<Button onClick={() => navigate('/campaigns/new')}>{t.campaigns.create}</Button>}>
        <QueryState query={campaigns}>
          {(list) =>
            list.length === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {t.campaigns.empty}
              </Alert>
            ) : (
              <CampaignTable campaigns={list} />
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

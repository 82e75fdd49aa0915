import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { ReviewQueueTable } from './ReviewQueueTable';

/** Coordinator: plans and self-assessments waiting for review across open campaigns, oldest first. */
export function ReviewsPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  // The navigation's count keeps the queue cached: opening the queue itself always reads it again.
  const queue = useQuery({ ...trpc.reviews.queue.queryOptions(), staleTime: 5_000, refetchOnMount: 'always' });
  return (
    <Stack gap="lg">
      <PageHeader title={t.reviews.title} subtitle={t.reviews.intro} />
      <Section title={t.reviews.table}>
        <QueryState query={queue}>
          {(items) =>
            items.length === 0 ? (
              <Alert color="gray" variant="light" role="status">
                {t.reviews.empty}
              </Alert>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t.reviews.count(items.length)}
                </Text>
                <ReviewQueueTable items={items} />
              </>
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

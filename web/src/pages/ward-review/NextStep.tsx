import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';
import { nextReviewItem, type ReviewRef, reviewPath } from '../reviews/next';

/**
 * After an approval, a return or the last verification: what was done, and the way on — the next
 * item waiting (oldest first) or back to the queue.
 */
export function NextStep({ done, current, onClose }: { done: string; current: ReviewRef; onClose: () => void }) {
  const { t } = useI18n();
  const f = t.reviewFlow;
  const trpc = useTRPC();
  const queue = useQuery(trpc.reviews.queue.queryOptions());
  const next = queue.data ? nextReviewItem(queue.data, current) : undefined;
  return (
    <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={onClose}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {done}
        </Text>
        {queue.data && !next && <Text size="sm">{f.queueEmpty}</Text>}
        <Group gap="xs">
          {next && (
            <Button component={Link} to={reviewPath(next)} size="sm" aria-label={f.nextOf(t.reviews.kinds[next.kind].toLocaleLowerCase('vi'), next.wardName)} data-autofocus>
              {f.next}
            </Button>
          )}
          <Button component={Link} to="/reviews" size="sm" variant="light" color={toneText.blue}>
            {f.backToQueue}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { MutationError } from '../../components/MutationError';
import { useI18n } from '../../i18n';
import { useInvalidateMovement } from './shared/useInvalidateMovement';

/** Coordinator: rewrites every year's figures from the records (a repair; the figures normally keep up by themselves). */
export function RebuildFigures() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidateMovement();
  const rebuild = useMutation(trpc.records.rebuildSummaries.mutationOptions({ onSuccess: () => void invalidate() }));
  return (
    <Stack gap="xs" align="flex-end">
      <Button variant="default" size="xs" loading={rebuild.isPending} onClick={() => rebuild.mutate()}>
        {t.movement.rebuild}
      </Button>
      {rebuild.isSuccess && (
        <Alert color="green" variant="light" role="status" py={4}>
          {t.movement.rebuilt(rebuild.data)}
        </Alert>
      )}
      <MutationError error={rebuild.error} />
    </Stack>
  );
}

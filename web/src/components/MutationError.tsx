import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { describeError, fieldErrorsOf, isConflict } from '../api/errors';
import { useI18n } from '../i18n';
import { toneText } from './tones';

interface Props {
  error: unknown;
  /** Reads the data again after a conflict (the user's unsaved changes are then replaced). */
  onReload?: () => void;
  /** Turns a field path ("content.activities.0.title") into words; the path itself otherwise. */
  describePath?: (path: string) => string | undefined;
}

/**
 * What went wrong with a write, in words: a conflict with a reload button, the fields to fix
 * (as the API listed them), a refused transition or any other message from the server.
 */
export function MutationError({ error, onReload, describePath }: Props) {
  const { t } = useI18n();
  if (!error) return null;
  if (isConflict(error)) {
    return (
      <Alert color="orange" variant="light" role="alert" title={t.common.conflictTitle}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t.common.conflictText}</Text>
          {onReload && (
            <Button size="xs" variant="outline" color={toneText.orange} onClick={onReload}>
              {t.common.reload}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  const fields = Object.entries(fieldErrorsOf(error));
  if (fields.length > 0) {
    return (
      <Alert color="red" variant="light" role="alert" title={t.common.fieldProblems}>
        <List size="sm" spacing={2}>
          {fields.flatMap(([path, messages]) =>
            messages.map((message) => {
              const where = describePath?.(path);
              return <List.Item key={`${path}:${message}`}>{where ? `${where}: ${message}` : message}</List.Item>;
            }),
          )}
        </List>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" title={t.common.actionFailed}>
      <Text size="sm">{describeError(error, t)}</Text>
    </Alert>
  );
}

import { Alert, List } from '@mantine/core';
import { MutationError } from '../../../components/MutationError';
import { useI18n } from '../../../i18n';
import type { Problems } from './problems';

interface Props {
  /** Problems found before sending; while there are any, they are listed instead of the API's answer. */
  local: Problems;
  error: unknown;
  /** A field's path ("opinions.0.answeredOn") in words ("Ý kiến 1 › Ngày trả lời"). */
  describe: (path: string) => string | undefined;
  onReload?: () => void;
}

/** Everything to fix before the record can be saved, above the buttons, each with the field it is about. */
export function FormProblems({ local, error, describe, onReload }: Props) {
  const { t } = useI18n();
  const entries = Object.entries(local);
  if (entries.length === 0) {
    return <MutationError error={error} onReload={onReload} describePath={(path) => describe(path.replace(/^fields\.?/, ''))} />;
  }
  return (
    <Alert color="red" variant="light" role="alert" title={t.common.fieldProblems}>
      <List size="sm" spacing={2}>
        {entries.flatMap(([path, messages]) =>
          messages.map((message) => {
            const where = describe(path);
            return <List.Item key={`${path}:${message}`}>{where ? `${where}: ${message}` : message}</List.Item>;
          }),
        )}
      </List>
    </Alert>
  );
}

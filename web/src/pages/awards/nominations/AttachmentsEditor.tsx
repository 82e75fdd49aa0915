import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { RowFieldset } from '../../plan/editor/RowFieldset';
import { type AttachmentRow, attachmentRow } from './nominationForm';

interface Props {
  rows: AttachmentRow[];
  onChange: (rows: AttachmentRow[]) => void;
  errorOf: (path: string) => string | undefined;
}

/** The dossier's documents (report of achievements, minutes of the ward's council…): title and number, as many as needed. */
export function AttachmentsEditor({ rows, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const update = (key: string, change: Partial<AttachmentRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {a.attachments}{' '}
        <Text span c="dimmed" size="sm" fw={400}>
          ({t.common.optional})
        </Text>
      </Text>
      {rows.map((row, i) => (
        <RowFieldset key={row.key} legend={a.attachmentItem(i + 1)} removeLabel={a.removeAttachment(i + 1)} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={a.attachmentTitle} value={row.title} onChange={(e) => update(row.key, { title: e.currentTarget.value })} error={errorOf(`attachments.${i}.title`)} maxLength={300} />
            <TextInput
              label={a.attachmentNumber}
              description={t.common.optional}
              value={row.documentNumber}
              onChange={(e) => update(row.key, { documentNumber: e.currentTarget.value })}
              error={errorOf(`attachments.${i}.documentNumber`)}
              maxLength={100}
            />
          </SimpleGrid>
        </RowFieldset>
      ))}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, attachmentRow()])} disabled={rows.length >= 50}>
          {a.addAttachment}
        </Button>
      </Group>
    </Stack>
  );
}

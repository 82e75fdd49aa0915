import { legalDocumentTypes } from '@antq/domain';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { toneText } from '../../../components/tones';
import { emptyLegal, type LegalRow, type LegalType } from '../planForm';
import { RowFieldset } from './RowFieldset';
import type { ErrorOf } from './types';

interface Props {
  rows: LegalRow[];
  onChange: (rows: LegalRow[]) => void;
  errorOf: ErrorOf;
}

/** The documents behind the plan: type, number and symbol kept verbatim, issuer, date, summary. */
export function LegalReferencesEditor({ rows, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const p = t.plan;
  const update = (key: string, change: Partial<LegalRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Stack gap="sm">
      {rows.map((row, i) => {
        const err = (field: string) => errorOf(`legalReferences.${row.key}.${field}`);
        return (
          <RowFieldset key={row.key} legend={p.legalItem(i + 1)} removeLabel={p.removeLegal(i + 1)} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
              <NativeSelect
                label={p.docType}
                value={row.type}
                onChange={(e) => update(row.key, { type: e.currentTarget.value as LegalType })}
                data={legalDocumentTypes.map((type) => ({ value: type, label: t.legalTypes[type] }))}
                error={err('type')}
              />
              <TextInput
                label={p.docNumber}
                placeholder={p.docNumberHint}
                value={row.number}
                onChange={(e) => update(row.key, { number: e.currentTarget.value })}
                error={err('number')}
                maxLength={100}
                autoComplete="off"
                spellCheck={false}
              />
              <TextInput label={p.docIssuer} value={row.issuer} onChange={(e) => update(row.key, { issuer: e.currentTarget.value })} error={err('issuer')} maxLength={300} />
              <DateField label={p.docDate} value={row.date} onChange={(date) => update(row.key, { date })} error={err('date')} w="100%" />
            </SimpleGrid>
            <TextInput
              mt="sm"
              label={p.docTitle}
              description={t.common.optional}
              value={row.title}
              onChange={(e) => update(row.key, { title: e.currentTarget.value })}
              error={err('title')}
              maxLength={500}
            />
          </RowFieldset>
        );
      })}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, emptyLegal(rows.length === 0 ? 'resolution' : 'plan')])}>
          {p.addLegal}
        </Button>
      </Group>
    </Stack>
  );
}

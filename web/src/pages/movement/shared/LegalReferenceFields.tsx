import { legalDocumentTypes } from '@antq/domain';
import { Fieldset, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import type { LegalType, LegalValues } from './legalReference';

interface Props {
  legend: string;
  value: LegalValues;
  onChange: (value: LegalValues) => void;
  /** The message for one of its fields ("number", "date"…). */
  errorOf: (field: string) => string | undefined;
}

/** An optional legal reference (a founding decision, a district plan): type, number verbatim, issuer, date, summary. */
export function LegalReferenceFields({ legend, value, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const p = t.plan;
  const set = (change: Partial<LegalValues>) => onChange({ ...value, ...change });
  return (
    <Fieldset
      legend={
        <Text span fw={600} size="sm">
          {legend}{' '}
          <Text span size="xs" c="dimmed" fw={400}>
            ({t.common.optional})
          </Text>
        </Text>
      }
      variant="filled"
      p="sm"
      pt={4}
      radius="md"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={p.docType}
          value={value.type}
          onChange={(e) => set({ type: e.currentTarget.value as LegalType })}
          data={legalDocumentTypes.map((type) => ({ value: type, label: t.legalTypes[type] }))}
          error={errorOf('type')}
        />
        <TextInput
          label={p.docNumber}
          placeholder={p.docNumberHint}
          value={value.number}
          onChange={(e) => set({ number: e.currentTarget.value })}
          error={errorOf('number')}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput label={p.docIssuer} value={value.issuer} onChange={(e) => set({ issuer: e.currentTarget.value })} error={errorOf('issuer')} maxLength={300} />
        <DateField label={p.docDate} value={value.date} onChange={(date) => set({ date })} error={errorOf('date')} w="100%" />
      </SimpleGrid>
      <TextInput mt="sm" label={p.docTitle} value={value.title} onChange={(e) => set({ title: e.currentTarget.value })} error={errorOf('title')} maxLength={500} />
    </Fieldset>
  );
}

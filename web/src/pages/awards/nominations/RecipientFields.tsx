import { type RecipientKind, recipientKinds } from '@antq/domain';
import { Checkbox, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n';
import type { NominationFormValues } from './nominationForm';

interface Props {
  values: NominationFormValues;
  set: <K extends keyof NominationFormValues>(key: K, value: NominationFormValues[K]) => void;
  errorOf: (path: string) => string | undefined;
}

/** Who is nominated: a collective (name, type), a person (name, position, workplace, year of birth) or a household (head, address). */
export function RecipientFields({ values, set, errorOf }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const kindSelect = (
    <NativeSelect
      label={a.recipientKind}
      value={values.kind}
      onChange={(e) => set('kind', e.currentTarget.value as RecipientKind)}
      data={recipientKinds.map((k) => ({ value: k, label: a.kind[k] }))}
      error={errorOf('recipient.kind')}
    />
  );
  const text = (key: 'name' | 'collectiveType' | 'position' | 'unit' | 'address', label: string, max: number, description?: string) => (
    <TextInput label={label} description={description} value={values[key]} onChange={(e) => set(key, e.currentTarget.value)} error={errorOf(`recipient.${key}`)} maxLength={max} />
  );
  if (values.kind === 'collective') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {kindSelect}
        {text('name', a.collectiveName, 300)}
        {text('collectiveType', a.collectiveType, 100, `${t.common.optional}. ${a.collectiveTypeHint}`)}
      </SimpleGrid>
    );
  }
  if (values.kind === 'household') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {kindSelect}
        {text('name', a.householder, 200)}
        {text('address', a.address, 300)}
      </SimpleGrid>
    );
  }
  // Asked only when the API warned of a likely duplicate (same name and unit, a birth year missing), or already given.
  const askConfirmation = values.confirmPossibleDuplicate || !!errorOf('recipient.birthYear');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {kindSelect}
        {text('name', a.personName, 200)}
        {text('position', a.position, 200, t.common.optional)}
        {text('unit', a.unit, 300)}
        <NumberInput
          label={a.birthYear}
          description={t.common.optional}
          value={values.birthYear}
          onChange={(v) => set('birthYear', v === '' ? '' : Number(v))}
          error={errorOf('recipient.birthYear')}
          allowDecimal={false}
          allowNegative={false}
          min={1900}
          max={2100}
          hideControls
          inputMode="numeric"
          maxLength={4}
        />
      </SimpleGrid>
      {askConfirmation && (
        <Checkbox label={a.confirmPossibleDuplicate} checked={values.confirmPossibleDuplicate} onChange={(e) => set('confirmPossibleDuplicate', e.currentTarget.checked)} />
      )}
    </Stack>
  );
}

import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n';
import type { PlanFormState } from '../planForm';
import type { ErrorOf } from './types';

type Budget = PlanFormState['budget'];

/** The budget in đồng, typed and shown with Vietnamese thousands separators (150.000.000). */
export function BudgetEditor({ value, onChange, errorOf }: { value: Budget; onChange: (value: Budget) => void; errorOf: ErrorOf }) {
  const { t } = useI18n();
  const p = t.plan;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <NumberInput
        label={p.budgetAmount}
        value={value.amount}
        onChange={(v) => onChange({ ...value, amount: v === '' ? '' : Number(v) })}
        thousandSeparator="."
        decimalSeparator=","
        allowDecimal={false}
        allowNegative={false}
        min={0}
        max={1e13}
        hideControls
        inputMode="numeric"
        error={errorOf('budget.amount') ?? errorOf('budget')}
      />
      <TextInput label={p.budgetSource} value={value.source} onChange={(e) => onChange({ ...value, source: e.currentTarget.value })} error={errorOf('budget.source')} maxLength={300} />
      <TextInput label={p.budgetNote} value={value.note} onChange={(e) => onChange({ ...value, note: e.currentTarget.value })} error={errorOf('budget.note')} maxLength={1000} />
    </SimpleGrid>
  );
}

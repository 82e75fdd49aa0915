import type { Criterion } from '@antq/domain';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { toneText } from '../../../components/tones';
import { emptyTarget, type TargetRow } from '../planForm';
import { RowFieldset } from './RowFieldset';
import type { ErrorOf } from './types';

interface Props {
  rows: TargetRow[];
  criteria: readonly Criterion[];
  onChange: (rows: TargetRow[]) => void;
  errorOf: ErrorOf;
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);

/** Targets the ward sets, each for one criterion of the campaign's catalogue. */
export function TargetsEditor({ rows, criteria, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const p = t.plan;
  const update = (key: string, change: Partial<TargetRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const options = [{ value: '', label: p.chooseCriterion }, ...criteria.map((c) => ({ value: c.code, label: `${c.code} — ${short(c.text)}` }))];
  return (
    <Stack gap="sm">
      {rows.map((row, i) => {
        const err = (field: string) => errorOf(`targets.${row.key}.${field}`);
        return (
          <RowFieldset key={row.key} legend={p.targetItem(i + 1)} removeLabel={p.removeTarget(i + 1)} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <NativeSelect label={p.targetCriterion} value={row.criterionCode} onChange={(e) => update(row.key, { criterionCode: e.currentTarget.value })} data={options} error={err('criterionCode')} />
              <TextInput label={p.targetText} value={row.target} onChange={(e) => update(row.key, { target: e.currentTarget.value })} error={err('target')} maxLength={1000} />
            </SimpleGrid>
          </RowFieldset>
        );
      })}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, emptyTarget()])}>
          {p.addTarget}
        </Button>
      </Group>
    </Stack>
  );
}

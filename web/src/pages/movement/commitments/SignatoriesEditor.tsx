import { signatoryKinds } from '@antq/domain';
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { RowFieldset } from '../../plan/editor/RowFieldset';
import { emptySignatory, type SignatoryKind, type SignatoryRow } from './commitmentForm';

interface Props {
  rows: SignatoryRow[];
  onChange: (rows: SignatoryRow[]) => void;
  errorOf: (path: string) => string | undefined;
}

/** Who signed, counted by kind: departments, mass organisations, residential groups, security teams, households. */
export function SignatoriesEditor({ rows, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const c = t.commitments;
  const update = (key: string, change: Partial<SignatoryRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const unused = signatoryKinds.find((k) => !rows.some((r) => r.kind === k));
  return (
    <Stack gap="sm">
      {rows.map((row, i) => (
        <RowFieldset key={row.key} legend={c.signatoryItem(i + 1)} removeLabel={c.removeSignatory(i + 1)} onRemove={rows.length > 1 ? () => onChange(rows.filter((r) => r.key !== row.key)) : undefined}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={c.signatoryKind}
              value={row.kind}
              onChange={(e) => update(row.key, { kind: e.currentTarget.value as SignatoryKind })}
              data={signatoryKinds.map((k) => ({ value: k, label: t.labels.signatoryKind[k] }))}
              error={errorOf(`signatories.${i}.kind`)}
            />
            <NumberInput
              label={c.count}
              value={row.count}
              onChange={(v) => update(row.key, { count: v === '' ? '' : Number(v) })}
              thousandSeparator="."
              decimalSeparator=","
              allowDecimal={false}
              allowNegative={false}
              min={1}
              max={100000}
              hideControls
              inputMode="numeric"
              error={errorOf(`signatories.${i}.count`)}
            />
          </SimpleGrid>
        </RowFieldset>
      ))}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, emptySignatory(unused ?? 'household')])}>
          {c.addSignatory}
        </Button>
      </Group>
    </Stack>
  );
}

import { type ProgrammeSide, programmeSides } from '@antq/domain';
import { Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { TextInput } from '@mantine/core';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';
import { RowFieldset } from '../plan/editor/RowFieldset';
import { type PartyRow, partyRow } from './programmeForm';

interface Props {
  rows: PartyRow[];
  onChange: (rows: PartyRow[]) => void;
  errorOf: (path: string) => string | undefined;
}

/** The programme's parties by side: the police, the Front, member organisations; at least two. */
export function PartiesEditor({ rows, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const update = (key: string, change: Partial<PartyRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Stack gap="sm">
      {rows.map((row, i) => (
        <RowFieldset key={row.key} legend={p.partyItem(i + 1)} removeLabel={p.removeParty(i + 1)} onRemove={rows.length > 2 ? () => onChange(rows.filter((r) => r.key !== row.key)) : undefined}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={p.side}
              value={row.side}
              onChange={(e) => update(row.key, { side: e.currentTarget.value as ProgrammeSide })}
              data={programmeSides.map((s) => ({ value: s, label: t.labels.programmeSide[s] }))}
              error={errorOf(`parties.${i}.side`)}
            />
            <TextInput label={p.partyName} value={row.name} onChange={(e) => update(row.key, { name: e.currentTarget.value })} error={errorOf(`parties.${i}.name`)} maxLength={300} />
          </SimpleGrid>
        </RowFieldset>
      ))}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, partyRow('member_organisation', '')])}>
          {p.addParty}
        </Button>
      </Group>
    </Stack>
  );
}

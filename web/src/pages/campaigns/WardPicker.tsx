import { Button, Checkbox, Group, Radio, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { WardOutput } from '../../api/types';
import { matchesSearch } from '../../format';
import { useI18n } from '../../i18n';

interface Props {
  wards: readonly WardOutput[];
  all: boolean;
  chosen: string[];
  error?: string;
  onChange: (all: boolean, chosen: string[]) => void;
}

/** All wards of the district, or a chosen subset with checkboxes (searchable). */
export function WardPicker({ wards, all, chosen, error, onChange }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const shown = useMemo(() => wards.filter((w) => matchesSearch(w.name, search)), [wards, search]);
  return (
    <Stack gap="xs">
      <Radio.Group label={t.campaigns.wards} value={all ? 'all' : 'some'} onChange={(v) => onChange(v === 'all', chosen)}>
        <Group mt="xs">
          <Radio value="all" label={t.campaigns.allWards(wards.length)} />
          <Radio value="some" label={t.campaigns.someWards} />
        </Group>
      </Radio.Group>
      {!all && (
        <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
          <Group justify="space-between" align="flex-end">
            <TextInput type="search" label={t.dashboard.searchWard} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => onChange(false, wards.map((w) => w.wardId))}>
                {t.campaigns.chooseAll}
              </Button>
              <Button size="xs" variant="default" onClick={() => onChange(false, [])}>
                {t.campaigns.chooseNone}
              </Button>
            </Group>
          </Group>
          <Text size="sm" c={error ? 'red.8' : 'dimmed'} aria-live="polite">
            {error ?? t.campaigns.wardsChosen(chosen.length, wards.length)}
          </Text>
          <ScrollArea.Autosize mah={260} type="auto">
            <Checkbox.Group value={chosen} onChange={(v) => onChange(false, v)} aria-label={t.campaigns.wards}>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} verticalSpacing={6}>
                {shown.map((w) => (
                  <Checkbox key={w.wardId} value={w.wardId} label={w.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Stack>
  );
}

import { Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import type { WardOutput } from '../../api/types';
import { WardTable } from '../../components/WardTable';
import { matchesSearch } from '../../format';
import { useI18n } from '../../i18n';

/** Every ward of the district, filtered by a diacritic-insensitive search on the name. */
export function WardsSection({ wards }: { wards: readonly WardOutput[] }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const shown = useMemo(() => wards.filter((w) => matchesSearch(w.name, deferred)), [wards, deferred]);
  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="wards-title">
      <Group justify="space-between" align="flex-end" mb="md" gap="md">
        <div>
          <Title order={2} fz="lg" id="wards-title">
            {t.district.wardsTitle}
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t.district.shown(shown.length, wards.length)}
          </Text>
        </div>
        <TextInput
          type="search"
          label={t.district.search}
          placeholder={t.district.searchHint}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      <WardTable wards={shown} empty={wards.length === 0 ? t.district.noWards : t.district.noMatch(search.trim())} />
    </Paper>
  );
}

import { Group, NativeSelect } from '@mantine/core';
import { YearSelect } from '../../components/YearSelect';
import { useI18n } from '../../i18n';
import type { RecordFilters } from './shared/filters';
import type { MovementScope } from './shared/useMovementScope';
import { FIRST_YEAR } from './years';

interface Props {
  scope: MovementScope;
  filters: RecordFilters;
  lastYear: number;
  onChange: (filters: RecordFilters) => void;
}

/** The filters every list shares: the ward (coordinators; a ward officer sees their own) and the year. */
export function RecordFiltersBar({ scope, filters, lastYear, onChange }: Props) {
  const { t } = useI18n();
  const m = t.movement;
  return (
    <Group align="flex-end" gap="sm">
      {scope.isCoordinator && (
        <NativeSelect
          label={m.filterWard}
          value={filters.wardId ?? ''}
          onChange={(e) => onChange({ ...filters, wardId: e.currentTarget.value || undefined })}
          data={[{ value: '', label: m.allWards }, ...scope.wards.map((w) => ({ value: w.wardId, label: w.name }))]}
          w={240}
        />
      )}
      <YearSelect label={m.filterYear} value={filters.year} onChange={(year) => onChange({ ...filters, year })} from={FIRST_YEAR} to={lastYear} anyLabel={m.allYears} w={170} />
    </Group>
  );
}

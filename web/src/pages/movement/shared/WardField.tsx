import { NativeSelect, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n';
import type { MovementScope } from './useMovementScope';

interface Props {
  label: string;
  scope: MovementScope;
  value: string;
  onChange: (wardId: string) => void;
  error?: string;
  /** The label of "no ward" (a district-wide record); without it a ward must be chosen. */
  districtWide?: string;
}

/** The ward a record belongs to: a choice for a coordinator, fixed to their own ward for a ward officer. */
export function WardField({ label, scope, value, onChange, error, districtWide }: Props) {
  const { t } = useI18n();
  if (!scope.isCoordinator) {
    return <TextInput label={label} value={scope.wardName(value) ?? ''} readOnly description={t.movement.wardFixed} error={error} />;
  }
  const first = districtWide ? { value: '', label: districtWide } : { value: '', label: t.movement.chooseWard, disabled: true };
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[first, ...scope.wards.map((w) => ({ value: w.wardId, label: w.name }))]}
      error={error}
    />
  );
}

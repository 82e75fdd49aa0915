import { type Criterion, type CriterionValue, statusValues } from '@antq/domain';
import { NumberInput, SegmentedControl } from '@mantine/core';
import { useI18n } from '../../i18n';

interface Props {
  criterion: Criterion;
  value: CriterionValue | undefined;
  onChange: (value: CriterionValue | undefined) => void;
  /** The control's accessible name, e.g. "Kết quả tiêu chí 1.1". */
  label: string;
  error?: string;
  disabled?: boolean;
}

/** Đạt / Cơ bản đạt / Chưa đạt as a segmented control, or a points input up to the criterion's maximum. */
export function ValueInput({ criterion, value, onChange, label, error, disabled }: Props) {
  const { t } = useI18n();
  if (criterion.scoring.kind === 'points') {
    const max = criterion.scoring.max;
    return (
      <NumberInput
        label={t.assessment.points(max)}
        aria-label={`${label}: ${t.assessment.points(max)}`}
        value={value && 'points' in value ? value.points : ''}
        onChange={(v) => onChange(v === '' || v === undefined ? undefined : { points: Number(v) })}
        min={0}
        max={max}
        decimalSeparator=","
        decimalScale={2}
        clampBehavior="strict"
        w={180}
        error={error}
        disabled={disabled}
      />
    );
  }
  return (
    <div>
      <SegmentedControl
        aria-label={label}
        value={value && 'status' in value ? value.status : ''}
        onChange={(v) => onChange({ status: v as (typeof statusValues)[number] })}
        data={statusValues.map((s) => ({ value: s, label: t.status.value[s] }))}
        color={value && 'status' in value ? (value.status === 'met' ? 'green.9' : value.status === 'largely_met' ? 'yellow.9' : 'red.9') : undefined}
        disabled={disabled}
      />
      {error && (
        <div role="alert" style={{ color: 'var(--mantine-color-red-8)', fontSize: 'var(--mantine-font-size-xs)', marginTop: 4 }}>
          {error}
        </div>
      )}
    </div>
  );
}

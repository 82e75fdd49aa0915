import { type Criterion, type CriterionValue, statusValues } from '@antq/domain';
import { NumberInput, SegmentedControl } from '@mantine/core';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';

const statusTone = { met: toneText.green, largely_met: toneText.yellow, not_met: toneText.red } as const;

// Mantine hides each option's radio at 0×0; spread over its label instead (still invisible), the
// radio is what a click, a screen reader and a test tool all reach.
const coverLabel = { input: { width: '100%', height: '100%', top: 0, left: 0, margin: 0, zIndex: 3, cursor: 'pointer' } } as const;

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
        color={value && 'status' in value ? statusTone[value.status] : undefined}
        disabled={disabled}
        styles={coverLabel}
      />
      {error && (
        <div role="alert" style={{ color: 'var(--mantine-color-red-8)', fontSize: 'var(--mantine-font-size-xs)', marginTop: 4 }}>
          {error}
        </div>
      )}
    </div>
  );
}

import { NativeSelect, type NativeSelectProps } from '@mantine/core';

type Props = Omit<NativeSelectProps, 'value' | 'onChange' | 'data'> & {
  value: number | undefined;
  onChange: (year: number | undefined) => void;
  /** The years offered, newest first. */
  from: number;
  to: number;
  /** Adds a first choice for "any year" (the value undefined). */
  anyLabel?: string;
};

/** A year from a list, newest first, optionally with "all years". */
export function YearSelect({ value, onChange, from, to, anyLabel, ...props }: Props) {
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(to - i));
  return (
    <NativeSelect
      value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}
      data={[...(anyLabel ? [{ value: '', label: anyLabel }] : []), ...years]}
      {...props}
    />
  );
}

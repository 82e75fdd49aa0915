import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { parseDateInput, toDateInput } from '../format';
import { useI18n } from '../i18n';

type Props = Omit<TextInputProps, 'onChange' | 'value' | 'type'> & {
  /** ISO yyyy-mm-dd, or '' when empty. */
  value: string;
  /** ISO when the text is a date, '' when empty, the raw text otherwise (which validation then refuses). */
  onChange: (value: string) => void;
};

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}

/**
 * A calendar date typed the Vietnamese way, dd/mm/yyyy, whatever the browser's language (a native
 * date input shows mm/dd/yyyy in an English browser); the button opens the browser's date picker.
 */
export function DateField({ value, onChange, error, ...props }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(() => toDateInput(value));
  const [invalid, setInvalid] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  // A value set from outside (a reset, a default) replaces the text unless it already says the same.
  useEffect(() => {
    setText((current) => (parseDateInput(current) === value ? current : toDateInput(value)));
  }, [value]);

  const change = (next: string) => {
    setText(next);
    const parsed = parseDateInput(next);
    if (parsed !== undefined) setInvalid(false);
    onChange(parsed ?? next);
  };

  return (
    <div style={{ position: 'relative' }}>
      <TextInput
        value={text}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        w={{ base: '100%', xs: 200 }}
        onChange={(e) => change(e.currentTarget.value)}
        onBlur={() => {
          const parsed = parseDateInput(text);
          setInvalid(parsed === undefined);
          if (parsed) setText(toDateInput(parsed));
        }}
        error={invalid ? t.common.invalidDate : error}
        rightSection={
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t.common.pickDate}
            onClick={() => {
              const input = picker.current;
              if (!input) return;
              try {
                input.showPicker();
              } catch {
                input.focus();
              }
            }}
          >
            <CalendarIcon />
          </ActionIcon>
        }
        {...props}
      />
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={parseDateInput(text) || ''}
        onChange={(e) => change(toDateInput(e.currentTarget.value))}
        style={{ position: 'absolute', left: 0, bottom: 0, width: 1, height: 1, opacity: 0, pointerEvents: 'none' }}
      />
    </div>
  );
}

import { Input } from '@mantine/core';
import { useId, useRef } from 'react';

interface Props {
  label: string;
  description?: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/** A native file input with a Mantine label: every browser, screen reader and test tool knows it. */
export function FileField({ label, description, accept, disabled, onFile }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Input.Wrapper label={label} description={description} id={id}>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={description ? `${id}-description` : undefined}
        style={{ display: 'block', marginTop: 6, fontSize: 'var(--mantine-font-size-sm)' }}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          // Choosing the same file again after fixing it must read it again.
          if (input.current) input.current.value = '';
        }}
      />
    </Input.Wrapper>
  );
}

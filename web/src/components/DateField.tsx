import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * A calendar date: the browser's date input (it shows dd/mm/yyyy in a Vietnamese browser and
 * has a picker), holding ISO yyyy-mm-dd like the API.
 */
export function DateField({ value, onChange, ...props }: Omit<TextInputProps, 'onChange' | 'value' | 'type'> & { value: string; onChange: (value: string) => void }) {
  return <TextInput type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} w={{ base: '100%', xs: 200 }} {...props} />;
}

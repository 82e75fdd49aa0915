import { SegmentedControl } from '@mantine/core';
import { type Language, useI18n } from '../i18n';

const options: { value: Language; label: string; name: string }[] = [
  { value: 'vi', label: 'VI', name: 'Tiếng Việt' },
  { value: 'en', label: 'EN', name: 'English' },
];

/** VI / EN, remembered in localStorage. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t.header.language}
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={options.map((o) => ({ value: o.value, label: <span title={o.name} lang={o.value}>{o.label}</span> }))}
    />
  );
}

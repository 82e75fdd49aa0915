export { I18nProvider, useI18n } from './I18nProvider';
export { type Language, languages } from './language';
export type { Messages } from './vi';

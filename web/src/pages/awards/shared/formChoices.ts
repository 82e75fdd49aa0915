import { authorityLevels, type RecipientKind } from '@antq/domain';
import type { ComboboxData } from '@mantine/core';
import type { AwardFormOutput } from '../types';

/**
 * The forms a kind of recipient can be given, grouped by the level that issues them ("Cấp huyện",
 * "Cấp bộ"…), for a select; a form already chosen stays listed even if the kind no longer fits, so
 * the select never shows a value it does not offer (the API then says what is wrong).
 */
export function formChoices(forms: readonly AwardFormOutput[], kind: RecipientKind, levelLabel: (level: AwardFormOutput['level']) => string, chosen?: string): ComboboxData {
  const fit = forms.filter((f) => f.recipients.includes(kind) || f.code === chosen);
  return authorityLevels.flatMap((level) => {
    const items = fit.filter((f) => f.level === level).map((f) => ({ value: f.code, label: f.name }));
    return items.length > 0 ? [{ group: levelLabel(level), items }] : [];
  });
}

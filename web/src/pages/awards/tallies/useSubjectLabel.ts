import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../../api/trpc';
import { useI18n } from '../../../i18n';
import { subjectTypes, type SubjectType } from '../nominations/nominationForm';
import { useSubjectNames } from '../shared/useSubjectNames';
import type { TallyEntry } from '../types';
import { subjectKeyOf } from './tallyTable';

/**
 * The words for a tallied subject ("programme:<id>" → "Chương trình phối hợp: 09/CTr-BCA-MTTW"):
 * the label the tally entry kept from its nomination, else the record's current name, else the
 * name kept with the nominations, else the reference itself (a period's reference is its name).
 * Entries tallied before they kept a label need the lookups; when every entry has one, the
 * lookups are not read at all.
 */
export function useSubjectLabel(entries: readonly TallyEntry[]) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const labelled = useMemo(() => {
    const labels = new Map<string, string>();
    for (const e of entries) if (e.subjectLabel) labels.set(subjectKeyOf(e), e.subjectLabel);
    return labels;
  }, [entries]);
  const lookup = entries.some((e) => !e.subjectLabel);
  const { nameOf } = useSubjectNames({ enabled: lookup });
  const nominations = useQuery({ ...trpc.awards.nominations.list.queryOptions(), enabled: lookup });
  const kept = useMemo(() => {
    const names = new Map<string, string>();
    for (const n of nominations.data ?? []) {
      const s = n.fields.achievement.subject;
      if (s.refId && s.label) names.set(`${s.type}:${s.refId}`, s.label);
    }
    return names;
  }, [nominations.data]);
  return useCallback(
    (key: string) => {
      const at = key.indexOf(':');
      const type = key.slice(0, at) as SubjectType;
      const ref = key.slice(at + 1);
      const typeLabel = subjectTypes.includes(type) ? t.awards.subjectType[type] : type;
      return `${typeLabel}: ${labelled.get(key) ?? nameOf(key) ?? kept.get(key) ?? ref}`;
    },
    [t, labelled, nameOf, kept],
  );
}

import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTRPC } from '../../../api/trpc';
import { useI18n } from '../../../i18n';
import { subjectTypes, type SubjectType } from '../nominations/nominationForm';
import { useSubjectNames } from '../shared/useSubjectNames';

/**
 * The words for a tallied subject ("programme:<id>" → "Chương trình phối hợp: 09/CTr-BCA-MTTW"):
 * the record's current name, else the name kept with the nominations, else the reference itself
 * (a period's reference is already its name).
 */
export function useSubjectLabel() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { nameOf } = useSubjectNames();
  const nominations = useQuery(trpc.awards.nominations.list.queryOptions());
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
      return `${typeLabel}: ${nameOf(key) ?? kept.get(key) ?? ref}`;
    },
    [t, nameOf, kept],
  );
}

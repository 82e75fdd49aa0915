import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { AwardFormOutput } from '../types';

/** The award forms catalogue (a few KB that change with the law, not during a session) and a name for each code. */
export function useAwardForms() {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.awards.forms.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
  const forms = query.data;
  const helpers = useMemo(() => {
    const byCode = new Map<string, AwardFormOutput>((forms ?? []).map((f) => [f.code, f]));
    return {
      forms: forms ?? [],
      formOf: (code: string) => byCode.get(code),
      // A form no longer in the catalogue still shows by its code rather than as nothing.
      formName: (code: string) => byCode.get(code)?.name ?? code,
    };
  }, [forms]);
  return { query, ...helpers };
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { RefSubjectType } from '../nominations/nominationForm';

export interface SubjectChoice {
  refId: string;
  /** The name kept with the nomination ("09/CTr-BCA-MTTW", a campaign's or conference's name). */
  label: string;
  /** The text of the choice, when longer than the name. */
  text: string;
}

/**
 * The district's campaigns, joint programmes and review conferences: what an achievement can be
 * for, and the names tallies show for them ("programme:<id>" → "09/CTr-BCA-MTTW"). `enabled`
 * false skips the three reads when the caller already has every name.
 */
export function useSubjectNames({ enabled = true }: { enabled?: boolean } = {}) {
  const trpc = useTRPC();
  const programmes = useQuery({ ...trpc.programmes.list.queryOptions(), enabled });
  const campaigns = useQuery({ ...trpc.campaigns.list.queryOptions(), enabled });
  const conferences = useQuery({ ...trpc.records.conferences.list.queryOptions({}), enabled });
  const pending = programmes.isPending || campaigns.isPending || conferences.isPending;
  return useMemo(() => {
    const choices: Record<RefSubjectType, SubjectChoice[]> = {
      programme: (programmes.data ?? []).map((p) => ({ refId: p.recordId, label: p.fields.documentNumber, text: `${p.fields.documentNumber} — ${p.fields.title}` })),
      campaign: (campaigns.data ?? []).map((c) => ({ refId: c.campaignId, label: c.name, text: c.name })),
      conference: (conferences.data ?? []).map((c) => ({ refId: c.recordId, label: c.fields.title, text: c.fields.title })),
    };
    const names = new Map<string, string>();
    for (const [type, list] of Object.entries(choices)) for (const c of list) names.set(`${type}:${c.refId}`, c.label);
    return {
      pending,
      choices,
      /** The name of a subject key ("programme:<id>"), or undefined when the record is not listed. */
      nameOf: (key: string) => names.get(key),
    };
  }, [programmes.data, campaigns.data, conferences.data, pending]);
}

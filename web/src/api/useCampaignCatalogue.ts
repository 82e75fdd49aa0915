import { allCriteria } from '@antq/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from './trpc';

/** The criteria of the catalogue version a campaign pins (texts for selects and labels). */
export function useCampaignCatalogue(campaign: { catalogue: { catalogueId: string; catalogueVersion: number } } | undefined) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.criteria.get.queryOptions({
      catalogueId: campaign?.catalogue.catalogueId ?? '',
      catalogueVersion: campaign?.catalogue.catalogueVersion ?? 1,
    }),
    enabled: Boolean(campaign),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const content = query.data?.version.content;
  const criteria = useMemo(() => (content ? allCriteria(content) : []), [content]);
  const textOf = useMemo(() => {
    const byCode = new Map(criteria.map((c) => [c.code, c.text]));
    return (code: string) => byCode.get(code);
  }, [criteria]);
  return { query, content, criteria, textOf };
}

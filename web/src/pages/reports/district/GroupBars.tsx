import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { ShareBar } from '../shared/ShareBar';
import type { DistrictCampaignOutput } from '../types';

/**
 * Criteria met per group, out of what could be met: the group's criteria times the wards with
 * results. Shows which part of the criteria set the district's wards find hardest.
 */
export function GroupBars({ campaign }: { campaign: DistrictCampaignOutput }) {
  const { t } = useI18n();
  const c = t.reports.campaigns;
  const assessed = Object.values(campaign.grid).filter((w) => Object.keys(w).length > 0).length;
  if (assessed === 0) {
    return (
      <Text size="sm" c="dimmed">
        {c.groupsNone}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {campaign.groups.map((g) => {
        const possible = g.criteria * assessed;
        return (
          <Stack key={g.code} gap={2}>
            <Text size="sm">
              <Text span fw={600}>
                {c.group(g.code)}
              </Text>
              {': '}
              {c.groupLine(g.met, possible, g.criteria, assessed)}
            </Text>
            <ShareBar label={c.groupBar(g.code, g.met, possible)} value={g.met} total={possible} color="green.8" />
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}

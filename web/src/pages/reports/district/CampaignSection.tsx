import type { ReportRow } from '@antq/domain';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Facts } from '../../../components/Facts';
import { Section } from '../../../components/Section';
import { toneText } from '../../../components/tones';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import type { DistrictCampaignOutput } from '../types';
import { CampaignFiguresTable } from './CampaignFiguresTable';
import { CriteriaMetGrid } from './CriteriaMetGrid';
import { GroupBars } from './GroupBars';

interface Props {
  campaign: DistrictCampaignOutput;
  wards: readonly ReportRow[];
  /** Coordinators have the campaign's dashboard (with the full grid); others see the grid here. */
  dashboardLink: boolean;
}

/** One campaign of the year: its plans and self-assessments, criteria met per group, the grid. */
export function CampaignSection({ campaign, wards, dashboardLink }: Props) {
  const { t } = useI18n();
  const c = t.reports.campaigns;
  const [gridShown, setGridShown] = useState(false);
  const gridId = useId();
  const groupsId = useId();
  return (
    <Section title={campaign.name} description={`${c.catalogue}: ${campaign.catalogueTitle}`}>
      <CampaignFiguresTable campaign={campaign} />
      <Facts
        items={[
          { label: c.allMet, value: t.reports.ofTotal(campaign.assessments.allMet, campaign.assessments.submitted) },
          { label: c.metTotal, value: formatNumber(campaign.assessments.metTotal) },
        ]}
      />
      <Stack gap="xs" component="section" aria-labelledby={groupsId}>
        <Title order={3} fz="md" id={groupsId}>
          {c.groupsTitle}
        </Title>
        <GroupBars campaign={campaign} />
      </Stack>
      <Group>
        {dashboardLink ? (
          <Anchor component={Link} to={`/campaigns/${campaign.campaignId}`} aria-label={c.openDashboardOf(campaign.name)}>
            {c.openDashboard}
          </Anchor>
        ) : (
          // The darker blue keeps AA contrast on the subtle button's hover tint.
          <Button variant="subtle" color={toneText.blue} onClick={() => setGridShown((v) => !v)} aria-expanded={gridShown} aria-controls={gridId}>
            {gridShown ? c.hideGrid : c.showGrid}
          </Button>
        )}
      </Group>
      {!dashboardLink && <div id={gridId}>{gridShown && <CriteriaMetGrid campaign={campaign} wards={wards} />}</div>}
    </Section>
  );
}

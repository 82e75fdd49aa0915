import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import type { CampaignOutput } from '../../api/types';
import { CampaignStatusBadge, LateBadge, ReviewStatusBadge } from '../../components/StatusBadges';
import { formatDate, vietnamToday } from '../../format';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';

/** One campaign the ward takes part in: deadlines, where its plan and self-assessment stand, links to both. */
export function WardCampaignCard({ campaign, wardId, focus }: { campaign: CampaignOutput; wardId: string; focus: 'plan' | 'assessment' }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const id = useId();
  const ref = { campaignId: campaign.campaignId, wardId };
  const plan = useQuery(trpc.plans.get.queryOptions(ref));
  const assessment = useQuery(trpc.assessments.get.queryOptions(ref));
  const today = vietnamToday();
  const line = (label: string, deadline: string, work: { status: Parameters<typeof ReviewStatusBadge>[0]['status']; late: boolean; submissions: number } | undefined) => (
    <Group gap="xs">
      <Text size="sm" c="dimmed" w={150}>
        {label}
      </Text>
      <Text size="sm" fw={600} w={100}>
        {formatDate(deadline)}
      </Text>
      {work && <ReviewStatusBadge status={work.status} />}
      {work && <LateBadge late={work.late || (work.submissions === 0 && today > deadline)} />}
    </Group>
  );
  const planLink = (
    <Button key="plan" component={Link} to={`/ward/campaigns/${campaign.campaignId}/plan`} variant={focus === 'plan' ? 'filled' : 'light'} color={focus === 'plan' ? undefined : toneText.blue}>
      {t.plan.openPlan}
    </Button>
  );
  const assessmentLink = (
    <Button key="assessment" component={Link} to={`/ward/campaigns/${campaign.campaignId}/assessment`} variant={focus === 'assessment' ? 'filled' : 'light'} color={focus === 'assessment' ? undefined : toneText.blue}>
      {t.plan.openAssessment}
    </Button>
  );
  return (
    <Paper component="article" withBorder p="lg" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg" id={id}>
              {campaign.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t.campaigns.catalogueOf(campaign.catalogue.title, campaign.catalogue.catalogueVersion)} · {t.campaigns.periodRange(campaign.periodStart, campaign.periodEnd)}
            </Text>
          </div>
          <CampaignStatusBadge status={campaign.status} locked={campaign.locked} />
        </Group>
        {line(t.campaigns.planDeadline, campaign.planDeadline, plan.data?.plan)}
        {line(t.campaigns.assessmentDeadline, campaign.assessmentDeadline, assessment.data?.assessment)}
        <Group gap="sm">{focus === 'plan' ? [planLink, assessmentLink] : [assessmentLink, planLink]}</Group>
      </Stack>
    </Paper>
  );
}

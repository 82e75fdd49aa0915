import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { LateBadge, ReviewStatusBadge } from '../../../components/StatusBadges';
import { formatScore } from '../../../format';
import { useI18n } from '../../../i18n';
import { reportPaths } from '../paths';
import type { WardCampaignOutput } from '../types';

interface Props {
  districtId: string;
  wardId: string;
  year: number;
  campaigns: readonly WardCampaignOutput[];
}

/** The ward's line in each campaign of the year: plan and self-assessment, each opening its submissions. */
export function WardCampaignsTable({ districtId, wardId, year, campaigns }: Props) {
  const { t } = useI18n();
  const w = t.reports.ward;
  const open = (c: WardCampaignOutput, part: 'plan' | 'assessment', label: string, name: string) => (
    <Anchor component={Link} to={reportPaths.submission(districtId, wardId, c.campaignId, part, year)} aria-label={name} size="sm">
      {label}
    </Anchor>
  );
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table aria-label={w.campaignsTable} withTableBorder striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{w.campaign}</Table.Th>
            <Table.Th scope="col">{w.plan}</Table.Th>
            <Table.Th scope="col">{w.assessment}</Table.Th>
            <Table.Th scope="col">{w.met}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((c) => (
            <Table.Tr key={c.campaignId}>
              <Table.Th scope="row" fw={500}>
                {c.name}
              </Table.Th>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={4}>
                    <ReviewStatusBadge status={c.plan.status} />
                    <LateBadge late={c.plan.late} />
                  </Group>
                  {c.plan.submissions > 0 && (
                    <Text size="xs" c="dimmed">
                      {w.submissions(c.plan.submissions)}
                    </Text>
                  )}
                  {c.plan.submissions > 0 && open(c, 'plan', w.openPlan, w.openPlanOf(c.name))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={4}>
                    <ReviewStatusBadge status={c.assessment.status} />
                    <LateBadge late={c.assessment.late} />
                  </Group>
                  {c.assessment.submissions > 0 && (
                    <Text size="xs" c="dimmed">
                      {w.submissions(c.assessment.submissions)}
                    </Text>
                  )}
                  {c.assessment.submissions > 0 && open(c, 'assessment', w.openAssessment, w.openAssessmentOf(c.name))}
                </Stack>
              </Table.Td>
              <Table.Td fw={600}>{c.assessment.submissions > 0 ? formatScore(c.assessment.met, c.criteriaCount) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

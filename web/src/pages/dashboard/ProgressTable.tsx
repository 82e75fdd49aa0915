import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { WardProgressOutput } from '../../api/types';
import { LateBadge, ReviewStatusBadge } from '../../components/StatusBadges';
import { useI18n } from '../../i18n';
import { ScoreText } from './ScoreText';

interface Props {
  campaignId: string;
  wards: readonly WardProgressOutput[];
  overduePlans: ReadonlySet<string>;
  overdueAssessments: ReadonlySet<string>;
  criteriaCount: number;
}

/** One line per ward: plan status, self-assessment status, verified score beside the self-reported one. */
export function ProgressTable({ campaignId, wards, overduePlans, overdueAssessments, criteriaCount }: Props) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={820} type="native">
      <Table aria-label={t.dashboard.progressTable} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={60}>
              {t.units.index}
            </Table.Th>
            <Table.Th scope="col">{t.dashboard.ward}</Table.Th>
            <Table.Th scope="col">{t.dashboard.plan}</Table.Th>
            <Table.Th scope="col">{t.dashboard.assessment}</Table.Th>
            <Table.Th scope="col">{t.dashboard.verifiedScore}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {wards.map((w, i) => (
            <Table.Tr key={w.wardId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/campaigns/${campaignId}/wards/${w.wardId}`}>
                  {w.wardName}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Group gap={4}>
                  <ReviewStatusBadge status={w.plan.status} />
                  <LateBadge late={w.plan.late || overduePlans.has(w.wardId)} />
                </Group>
                {w.plan.submissions > 0 && (
                  <Text size="xs" c="dimmed">
                    {t.dashboard.submissions(w.plan.submissions)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <ReviewStatusBadge status={w.assessment.status} />
                  <LateBadge late={w.assessment.late || overdueAssessments.has(w.wardId)} />
                </Group>
                {w.assessment.submissions > 0 && (
                  <Text size="xs" c="dimmed">
                    {t.dashboard.verifiedOf(w.assessment.verifiedCount, criteriaCount)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ScoreText line={w.assessment} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Table } from '@mantine/core';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import type { DistrictCampaignOutput } from '../types';

/** Plans and self-assessments of one campaign: due, sent, on time, late, approved, returned. */
export function CampaignFiguresTable({ campaign }: { campaign: DistrictCampaignOutput }) {
  const { t } = useI18n();
  const c = t.reports.campaigns;
  const { plans, assessments, wards } = campaign;
  const lines = [
    { step: c.plans, submitted: plans.submitted, onTime: plans.onTime, late: plans.late, approved: plans.approved, returned: plans.returned },
    {
      step: c.assessments,
      submitted: assessments.submitted,
      onTime: assessments.submitted - assessments.late,
      late: assessments.late,
      approved: assessments.approved,
      returned: assessments.returned,
    },
  ];
  const heads = [c.wards, c.submitted, c.onTime, c.late, c.approved, c.returned];
  return (
    <Table.ScrollContainer minWidth={620} type="native">
      <Table aria-label={c.figuresTable(campaign.name)} withTableBorder verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{c.step}</Table.Th>
            {heads.map((h) => (
              <Table.Th key={h} scope="col" ta="right">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.step}>
              <Table.Th scope="row">{l.step}</Table.Th>
              {[wards, l.submitted, l.onTime, l.late, l.approved, l.returned].map((n, i) => (
                <Table.Td key={heads[i]} ta="right">
                  {formatNumber(n)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

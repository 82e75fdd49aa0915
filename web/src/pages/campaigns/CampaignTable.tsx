import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CampaignOutput } from '../../api/types';
import { CampaignStatusBadge } from '../../components/StatusBadges';
import { formatDate, formatNumber } from '../../format';
import { useI18n } from '../../i18n';

/** Every campaign of the district, newest first: name, criteria set, status, period, deadlines, wards. */
export function CampaignTable({ campaigns }: { campaigns: readonly CampaignOutput[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table aria-label={t.campaigns.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.campaigns.name}</Table.Th>
            <Table.Th scope="col">{t.campaigns.catalogue}</Table.Th>
            <Table.Th scope="col" w={150}>
              {t.campaigns.status}
            </Table.Th>
            <Table.Th scope="col" w={200}>
              {t.campaigns.period}
            </Table.Th>
            <Table.Th scope="col" w={120}>
              {t.campaigns.planDeadline}
            </Table.Th>
            <Table.Th scope="col" w={120}>
              {t.campaigns.assessmentDeadline}
            </Table.Th>
            <Table.Th scope="col" w={90} ta="right">
              {t.campaigns.wardCount}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {campaigns.map((c) => (
            <Table.Tr key={c.campaignId}>
              <Table.Td>
                <Anchor component={Link} to={`/campaigns/${c.campaignId}`} fw={500}>
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td fz="sm">{t.campaigns.catalogueOf(c.catalogue.title, c.catalogue.catalogueVersion)}</Table.Td>
              <Table.Td>
                <CampaignStatusBadge status={c.status} locked={c.locked} />
              </Table.Td>
              <Table.Td>{t.campaigns.periodRange(c.periodStart, c.periodEnd)}</Table.Td>
              <Table.Td>{formatDate(c.planDeadline)}</Table.Td>
              <Table.Td>{formatDate(c.assessmentDeadline)}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.wardIds.length)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

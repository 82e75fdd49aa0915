import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ReviewItemOutput } from '../../api/types';
import { LateBadge } from '../../components/StatusBadges';
import { formatDateTime, formatNumber } from '../../format';
import { useI18n } from '../../i18n';

/** What waits for review, oldest first: campaign, ward, kind, when sent, which submission, late or not. */
export function ReviewQueueTable({ items }: { items: readonly ReviewItemOutput[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={820} type="native" tabIndex={0}>
      <Table pos="relative" aria-label={t.reviews.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={60}>
              {t.units.index}
            </Table.Th>
            <Table.Th scope="col">{t.reviews.ward}</Table.Th>
            <Table.Th scope="col">{t.reviews.kind}</Table.Th>
            <Table.Th scope="col">{t.reviews.campaign}</Table.Th>
            <Table.Th scope="col" w={170}>
              {t.reviews.submittedAt}
            </Table.Th>
            <Table.Th scope="col" w={90} ta="right">
              {t.reviews.submission}
            </Table.Th>
            <Table.Th scope="col" w={130}>
              {t.reviews.open}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => (
            <Table.Tr key={`${item.campaignId}/${item.wardId}/${item.kind}`}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {item.wardName}
              </Table.Th>
              <Table.Td>{t.reviews.kinds[item.kind]}</Table.Td>
              <Table.Td fz="sm">{item.campaignName}</Table.Td>
              <Table.Td>
                {formatDateTime(item.submittedAt)}
                <LateBadge late={item.late} />
              </Table.Td>
              <Table.Td ta="right">{formatNumber(item.submissions)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/campaigns/${item.campaignId}/wards/${item.wardId}?tab=${item.kind}`}>
                  {t.reviews.open}
                  <VisuallyHidden>
                    {`: ${t.reviews.kinds[item.kind]} ${item.wardName}`}
                  </VisuallyHidden>
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

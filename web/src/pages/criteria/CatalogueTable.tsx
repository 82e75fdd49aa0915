import { Anchor, Group, Table } from '@mantine/core';
import { ToneBadge } from '../../components/ToneBadge';
import { Link } from 'react-router-dom';
import type { CatalogueHeadOutput } from '../../api/types';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';

/** The district's catalogues: name (and "Mẫu"), latest version and its status, published versions, criteria. */
export function CatalogueTable({ catalogues }: { catalogues: readonly CatalogueHeadOutput[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={680} type="native">
      <Table aria-label={t.criteria.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.criteria.name}</Table.Th>
            <Table.Th scope="col" w={150}>
              {t.criteria.latestVersion}
            </Table.Th>
            <Table.Th scope="col" w={140}>
              {t.criteria.status}
            </Table.Th>
            <Table.Th scope="col" w={160}>
              {t.criteria.publishedVersions}
            </Table.Th>
            <Table.Th scope="col" w={110} ta="right">
              {t.criteria.count}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalogues.map((c) => (
            <Table.Tr key={c.catalogueId}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Anchor component={Link} to={`/criteria/${c.catalogueId}`} fw={500}>
                    {c.title}
                  </Anchor>
                  {c.sample && (
                    <ToneBadge size="sm" tone="grape" style={{ flexShrink: 0 }}>
                      {t.criteria.sample}
                    </ToneBadge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{t.criteria.versionLabel(c.latestVersion)}</Table.Td>
              <Table.Td>
                <ToneBadge tone={c.latestStatus === 'published' ? 'green' : 'gray'}>{t.status.catalogue[c.latestStatus]}</ToneBadge>
              </Table.Td>
              <Table.Td>{c.publishedVersions.length > 0 ? c.publishedVersions.join(', ') : '—'}</Table.Td>
              <Table.Td ta="right">{formatNumber(c.criteriaCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import type { CatalogueContent } from '@antq/domain';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { scoringLabel } from './scoring';

/** A catalogue's criteria, one table per group: code, text, scoring, evidence hint. */
export function CatalogueContentView({ content }: { content: CatalogueContent }) {
  const { t } = useI18n();
  return (
    <Stack gap="lg">
      {content.description && (
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {content.description}
        </Text>
      )}
      {content.groups.map((group) => {
        const name = t.criteria.groupTable(group.code, group.title);
        return (
          <div key={group.code}>
            <Title order={3} fz="md" mb="xs">
              {name}
            </Title>
            <Table.ScrollContainer minWidth={640} type="native">
              <Table aria-label={name} withTableBorder striped verticalSpacing="xs" fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={70}>
                      {t.criteria.code}
                    </Table.Th>
                    <Table.Th scope="col">{t.criteria.text}</Table.Th>
                    <Table.Th scope="col" w={190}>
                      {t.criteria.scoring}
                    </Table.Th>
                    <Table.Th scope="col" w="28%">
                      {t.criteria.evidenceHint}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.criteria.map((c) => (
                    <Table.Tr key={c.code}>
                      <Table.Td ff="monospace" fw={600}>
                        {c.code}
                      </Table.Td>
                      <Table.Td>{c.text}</Table.Td>
                      <Table.Td>{scoringLabel(c.scoring, t)}</Table.Td>
                      <Table.Td c={c.evidenceHint ? undefined : 'dimmed'}>{c.evidenceHint ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </div>
        );
      })}
    </Stack>
  );
}

import { Alert, SimpleGrid, Table } from '@mantine/core';
import { Section } from '../../../components/Section';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { HeadlineFigures } from '../shared/HeadlineFigures';
import type { DistrictReportOutput } from '../types';

function CountTable({ label, head, rows }: { label: string; head: string; rows: Array<{ key: string; name: string; count: number }> }) {
  const { t } = useI18n();
  return (
    <Table aria-label={label} withTableBorder striped verticalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{head}</Table.Th>
          <Table.Th scope="col" ta="right" w={110}>
            {t.reports.awards.count}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.name}</Table.Td>
            <Table.Td ta="right">{formatNumber(r.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const byCount = (a: { count: number; name: string }, b: { count: number; name: string }) => b.count - a.count || a.name.localeCompare(b.name, 'vi');

/** The year's awards (decisions not revoked): by kind of recipient, by form of award, by level. */
export function AwardsSection({ report }: { report: DistrictReportOutput }) {
  const { t } = useI18n();
  const a = t.reports.awards;
  const counts = report.figures.awards;
  return (
    <Section title={a.title}>
      {counts.total === 0 ? (
        <Alert color="gray" variant="light" role="status">
          {a.none(report.year)}
        </Alert>
      ) : (
        <>
          <HeadlineFigures
            figures={[
              { label: a.total, value: formatNumber(counts.total) },
              { label: a.kind.collective, value: formatNumber(counts.collective) },
              { label: a.kind.individual, value: formatNumber(counts.individual) },
              { label: a.kind.household, value: formatNumber(counts.household) },
            ]}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <CountTable
              label={a.byFormTable}
              head={a.form}
              rows={Object.entries(counts.byForm)
                .map(([code, count]) => ({ key: code, name: report.awardForms[code] ?? code, count }))
                .sort(byCount)}
            />
            <CountTable
              label={a.byLevelTable}
              head={a.levelColumn}
              rows={Object.entries(counts.byLevel)
                .map(([level, count]) => ({ key: level, name: a.level[level] ?? level, count }))
                .sort(byCount)}
            />
          </SimpleGrid>
        </>
      )}
    </Section>
  );
}

import type { ReportRow } from '@antq/domain';
import { Table } from '@mantine/core';
import { Section } from '../../../components/Section';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';

/**
 * Criteria met per criteria set (34 + 18 against two sets is no figure): one line per set of the
 * unit's self-assessments, with the campaigns, submissions and wards meeting every criterion.
 */
export function CriteriaSetsSection({ row }: { row: ReportRow }) {
  const { t } = useI18n();
  const c = t.reports.criteriaSets;
  if (row.criteriaSets.length === 0) return null;
  return (
    <Section title={c.title} description={c.note}>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table aria-label={c.title} withTableBorder striped verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{c.set}</Table.Th>
              {[c.campaigns, c.submitted, c.met, c.allMet].map((h) => (
                <Table.Th key={h} scope="col" ta="right">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {row.criteriaSets.map((s) => (
              <Table.Tr key={`${s.criteriaCount}|${s.catalogueTitle}`}>
                <Table.Th scope="row" fw={500}>
                  {c.setName(s.catalogueTitle, s.criteriaCount)}
                </Table.Th>
                <Table.Td ta="right">{formatNumber(s.campaigns)}</Table.Td>
                <Table.Td ta="right">{t.reports.ofTotal(s.assessmentsSubmitted, s.assessmentsExpected)}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.criteriaMet)}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.wardsAllCriteriaMet)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

import type { ReportRow } from '@antq/domain';
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router-dom';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';
import { reportPaths } from '../paths';
import { ShareBar } from '../shared/ShareBar';

/**
 * One line of bars per district: plans and self-assessments sent out of those due, and wards
 * meeting every criterion out of those that self-assessed. Which district lags is seen at once,
 * where the big table has to be read.
 */
export function DistrictBars({ districts, year }: { districts: readonly ReportRow[]; year: number }) {
  const { t } = useI18n();
  const r = t.reports;
  const c = r.columns;
  return (
    <Section title={r.barsTitle} description={r.barsIntro}>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table aria-label={r.barsList} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="25%">
                {c.unitName}
              </Table.Th>
              <Table.Th scope="col">{c.plansSubmitted}</Table.Th>
              <Table.Th scope="col">{c.assessmentsSubmitted}</Table.Th>
              <Table.Th scope="col">{c.wardsAllCriteriaMet}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {districts.map((d) => (
              <Table.Tr key={d.unitCode}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={reportPaths.district(d.unitCode, year)}>
                    {d.unitName}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <ShareBar label={r.bar(d.unitName, c.plansSubmitted, d.plansSubmitted, d.plansExpected)} value={d.plansSubmitted} total={d.plansExpected} color="blue.7" />
                </Table.Td>
                <Table.Td>
                  <ShareBar
                    label={r.bar(d.unitName, c.assessmentsSubmitted, d.assessmentsSubmitted, d.assessmentsExpected)}
                    value={d.assessmentsSubmitted}
                    total={d.assessmentsExpected}
                    color="teal.7"
                  />
                </Table.Td>
                <Table.Td>
                  <ShareBar
                    label={r.bar(d.unitName, c.wardsAllCriteriaMet, d.wardsAllCriteriaMet, d.assessmentsSubmitted)}
                    value={d.wardsAllCriteriaMet}
                    total={d.assessmentsSubmitted}
                    color="green.8"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

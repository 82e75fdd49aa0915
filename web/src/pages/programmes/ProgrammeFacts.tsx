import { programmeSides } from '@antq/domain';
import { SimpleGrid, Text } from '@mantine/core';
import type { ProgrammeRecord } from '../../api/types';
import { Facts } from '../../components/Facts';
import { useI18n } from '../../i18n';

/** The programme's number (verbatim), national period, the programme it renews, the district's plan, parties by side. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeRecord }) {
  const { t } = useI18n();
  const p = t.programmes;
  const f = programme.fields;
  const plan = f.districtPlan;
  const parties = programmeSides.flatMap((side) => f.parties.filter((party) => party.side === side));
  return (
    <>
      <Facts
        items={[
          { label: p.documentNumber, value: <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{f.documentNumber}</span> },
          { label: p.nationalPeriod, value: t.movement.years(f.nationalFromYear, f.nationalToYear) },
          { label: p.renewalOf, value: f.renewalOf ?? p.none },
          { label: p.districtPlan, value: plan ? t.movement.legalLine(t.legalTypes[plan.type], plan.number, plan.date, plan.issuer) : p.none },
        ]}
      />
      {plan?.title && (
        <Text size="sm" c="dimmed">
          {plan.title}
        </Text>
      )}
      <div>
        <Text fw={600} size="sm" mb={4}>
          {p.parties}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm" m={0}>
          {parties.map((party, i) => (
            <div key={i}>
              <Text component="dt" size="sm" c="dimmed">
                {t.labels.programmeSide[party.side]}
              </Text>
              <Text component="dd" fw={600} m={0}>
                {party.name}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </div>
      {f.notes && <Text style={{ whiteSpace: 'pre-line' }}>{f.notes}</Text>}
    </>
  );
}

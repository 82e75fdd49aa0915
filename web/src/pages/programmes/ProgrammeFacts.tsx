import { programmeSides } from '@antq/domain';
import { Text } from '@mantine/core';
import type { ProgrammeRecord } from '../../api/types';
import { Facts } from '../../components/Facts';
import { useI18n } from '../../i18n';

/** The programme's number (verbatim), national period, parties by side, the programme it renews, the district's plan. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeRecord }) {
  const { t } = useI18n();
  const p = t.programmes;
  const f = programme.fields;
  const plan = f.districtPlan;
  return (
    <>
      <Facts
        items={[
          { label: p.documentNumber, value: <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{f.documentNumber}</span> },
          { label: p.nationalPeriod, value: t.movement.years(f.nationalFromYear, f.nationalToYear) },
          { label: p.renewalOf, value: f.renewalOf ?? p.none },
          { label: p.districtPlan, value: plan ? t.movement.legalLine(t.legalTypes[plan.type], plan.number, plan.date, plan.issuer) : p.none },
          {
            label: p.parties,
            value: programmeSides.flatMap((side) =>
              f.parties
                .filter((party) => party.side === side)
                .map((party, i) => (
                  <Text key={`${side}${i}`} component="span" display="block" fw={600}>
                    <Text span c="dimmed" fw={400}>
                      {t.labels.programmeSide[side]}:
                    </Text>{' '}
                    {party.name}
                  </Text>
                )),
            ),
          },
        ]}
      />
      {plan?.title && (
        <Text size="sm" c="dimmed">
          {plan.title}
        </Text>
      )}
      {f.notes && <Text style={{ whiteSpace: 'pre-line' }}>{f.notes}</Text>}
    </>
  );
}

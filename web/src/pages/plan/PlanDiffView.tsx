import type { PlanContent } from '@antq/domain';
import { Alert, Table, Text } from '@mantine/core';
import { ToneBadge } from '../../components/ToneBadge';
import { type Tone, toneText } from '../../components/tones';
import { Fragment, useMemo } from 'react';
import { useI18n } from '../../i18n';
import { type DiffKind, diffPlans } from './planDiff';
import { fieldLabel, formatPlanValue, itemLabel } from './planLabels';

const kindColors: Record<DiffKind, Tone> = { added: 'green', removed: 'red', changed: 'blue' };

/** The differences between two submissions, one line per added or removed item and per changed field. */
export function PlanDiffView({ before, after, caption }: { before: PlanContent; after: PlanContent; caption: string }) {
  const { t } = useI18n();
  const diff = useMemo(() => diffPlans(before, after), [before, after]);
  if (diff.length === 0) {
    return (
      <Alert color="gray" variant="light" role="status">
        {t.review.noDifference}
      </Alert>
    );
  }
  const count = (kind: DiffKind) => diff.filter((d) => d.kind === kind).length;
  const whole = (entry: (typeof diff)[number]) =>
    Object.entries(entry.item)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([field, v]) => `${fieldLabel(entry.section, field, t)}: ${formatPlanValue(field, v, t)}`)
      .join('; ');
  return (
    <>
      <Text size="sm" role="status">
        {t.diff.summary(count('added'), count('removed'), count('changed'))}
      </Text>
      <Table.ScrollContainer minWidth={760} type="native" tabIndex={0}>
        <Table aria-label={caption} withTableBorder verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={110}>
                {t.diff.kind}
              </Table.Th>
              <Table.Th scope="col" w="26%">
                {t.diff.item}
              </Table.Th>
              <Table.Th scope="col">{t.diff.before}</Table.Th>
              <Table.Th scope="col">{t.diff.after}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {diff.map((entry, i) => {
              const badge = (
                <ToneBadge tone={kindColors[entry.kind]}>
                  {t.diff[entry.kind]}
                </ToneBadge>
              );
              const name = (
                <>
                  <Text size="xs" c="dimmed">
                    {t.diff.sections[entry.section]}
                  </Text>
                  <Text size="sm" fw={500}>
                    {itemLabel(entry.section, entry.item, t)}
                  </Text>
                </>
              );
              if (entry.kind !== 'changed') {
                return (
                  <Table.Tr key={i} bg={entry.kind === 'added' ? 'green.0' : 'red.0'}>
                    <Table.Td>{badge}</Table.Td>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{entry.kind === 'removed' ? whole(entry) : '—'}</Table.Td>
                    <Table.Td>{entry.kind === 'added' ? whole(entry) : '—'}</Table.Td>
                  </Table.Tr>
                );
              }
              return (
                <Fragment key={i}>
                  {entry.changes.map((change, j) => (
                    <Table.Tr key={change.field}>
                      {j === 0 && (
                        <>
                          <Table.Td rowSpan={entry.changes.length}>{badge}</Table.Td>
                          <Table.Td rowSpan={entry.changes.length}>{name}</Table.Td>
                        </>
                      )}
                      <Table.Td>
                        <Text span size="xs" c="dimmed">
                          {fieldLabel(entry.section, change.field, t)}:{' '}
                        </Text>
                        <Text span size="sm" td="line-through" c={toneText.red}>
                          {formatPlanValue(change.field, change.before, t)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text span size="xs" c="dimmed">
                          {fieldLabel(entry.section, change.field, t)}:{' '}
                        </Text>
                        <Text span size="sm" fw={600} c={toneText.green}>
                          {formatPlanValue(change.field, change.after, t)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

import { Button, Table, Text } from '@mantine/core';
import { ToneBadge } from '../../../components/ToneBadge';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { RecordTable } from '../../movement/shared/RecordTable';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import type { DecisionLineOutput } from '../types';

interface Props {
  lines: readonly DecisionLineOutput[];
  scope: MovementScope;
  formName: (code: string) => string;
  onRevoke: (line: DecisionLineOutput) => void;
}

/** The decision's lines as signed: who, kind, ward, form, and whether it is in force or revoked (by which decision). */
export function OutcomesTable({ lines, scope, formName, onRevoke }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const rows = lines.map((l, i) => ({ ...l, recordId: l.outcomeId, index: i + 1 }));
  return (
    <RecordTable
      label={a.outcomes}
      minWidth={920}
      columns={[
        { label: a.index, w: 60, ta: 'right' },
        { label: a.awardee, miw: 220 },
        { label: a.recipientKind, w: 110 },
        { label: a.ward, w: 150 },
        { label: a.form, miw: 200 },
        { label: a.outcomeStatus, w: 220 },
        { label: t.movement.actions, w: 100 },
      ]}
      records={rows}
      cells={(line) => (
        <>
          <Table.Td ta="right">{line.index}</Table.Td>
          <Table.Th scope="row" fw={500}>
            {line.recipient.name}
          </Table.Th>
          <Table.Td>{a.kind[line.recipient.kind]}</Table.Td>
          <Table.Td fz="sm">{scope.wardName(line.wardId) ?? a.districtShort}</Table.Td>
          <Table.Td fz="sm">{formName(line.formCode)}</Table.Td>
          <Table.Td>
            {line.revoked ? (
              <>
                <ToneBadge tone="red">{a.revokedBy(line.revoked.number, line.revoked.date)}</ToneBadge>
                {line.revoked.reason && (
                  <Text size="xs" c="dimmed">
                    {line.revoked.reason}
                  </Text>
                )}
              </>
            ) : (
              <ToneBadge tone="green">{a.inForce}</ToneBadge>
            )}
          </Table.Td>
          <Table.Td>
            {!line.revoked && (
              <Button size="compact-sm" variant="light" color={toneText.red} onClick={() => onRevoke(line)} aria-label={a.revokeOf(line.recipient.name)}>
                {a.revoke}
              </Button>
            )}
          </Table.Td>
        </>
      )}
    />
  );
}

import { Table, Text } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { RecordTable } from '../../movement/shared/RecordTable';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import type { NominationOutput } from '../types';
import { type NominationAction, NominationActions } from './NominationActions';
import { NominationStatusCell } from './NominationStatusCell';

interface Props {
  nominations: readonly NominationOutput[];
  scope: MovementScope;
  formName: (code: string) => string;
  onEdit: (nomination: NominationOutput) => void;
  onAct: (nomination: NominationOutput, action: NominationAction) => void;
}

/** A recipient's details under its name: the collective's type, the person's position and workplace, the household's address. */
function recipientDetails(r: NominationOutput['fields']['recipient']): string | undefined {
  if (r.kind === 'collective') return r.collectiveType;
  if (r.kind === 'household') return r.address;
  return [r.position, r.unit, r.birthYear].filter(Boolean).join(', ');
}

/** Nominations: who, kind, ward, what for, proposed form, status (the reason when returned, the decision when awarded) and the actions open now. */
export function NominationTable({ nominations, scope, formName, onEdit, onAct }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  // RecordTable keys its rows by recordId.
  const rows = nominations.map((n) => ({ ...n, recordId: n.nominationId }));
  return (
    <RecordTable
      label={a.nominationsTable}
      minWidth={1140}
      columns={[
        { label: a.recipient, miw: 200 },
        { label: a.recipientKind, w: 95 },
        { label: a.ward, w: 130 },
        { label: a.subject, miw: 150 },
        { label: a.proposedForm, miw: 170 },
        { label: a.status, w: 190 },
        { label: t.movement.actions, w: 205 },
      ]}
      records={rows}
      empty={a.nominationsEmpty}
      cells={(n) => {
        const f = n.fields;
        const s = f.achievement.subject;
        const details = recipientDetails(f.recipient);
        return (
          <>
            <Table.Th scope="row" fw={500}>
              {f.recipient.name}
              {details && (
                <Text size="xs" c="dimmed" fw={400}>
                  {details}
                </Text>
              )}
            </Table.Th>
            <Table.Td>{a.kind[f.recipient.kind]}</Table.Td>
            <Table.Td fz="sm">{scope.wardName(f.wardId) ?? a.districtShort}</Table.Td>
            <Table.Td fz="sm">{a.subjectLine(s.label ?? a.subjectType[s.type], s.fromYear, s.toYear)}</Table.Td>
            <Table.Td fz="sm">{formName(f.proposedFormCode)}</Table.Td>
            <Table.Td>
              <NominationStatusCell nomination={n} isCoordinator={scope.isCoordinator} />
            </Table.Td>
            <Table.Td>
              <NominationActions nomination={n} isCoordinator={scope.isCoordinator} onEdit={() => onEdit(n)} onAct={(action) => onAct(n, action)} />
            </Table.Td>
          </>
        );
      }}
    />
  );
}

import { Checkbox, NativeSelect, Table } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { EmptyRow } from '../../movement/shared/EmptyRow';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { formChoices } from '../shared/formChoices';
import type { AwardFormOutput, NominationOutput } from '../types';
import type { LineChoice } from './decisionForm';

interface Props {
  accepted: readonly NominationOutput[];
  lines: Record<string, LineChoice>;
  onChange: (nominationId: string, choice: LineChoice) => void;
  forms: readonly AwardFormOutput[];
  scope: MovementScope;
  /** The API's problems with a line (an expired form, an authority that does not issue it…), by nomination. */
  problems: Record<string, string[]>;
}

/** The accepted nominations as a checklist: tick those the decision awards, and the form each gets. */
export function DecisionLinesPicker({ accepted, lines, onChange, forms, scope, problems }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  return (
    <Table.ScrollContainer minWidth={860} type="native" tabIndex={0}>
      <Table aria-label={a.linesTable} striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={60}>
              {a.pickColumn}
            </Table.Th>
            <Table.Th scope="col">{a.recipient}</Table.Th>
            <Table.Th scope="col" w={110}>
              {a.recipientKind}
            </Table.Th>
            <Table.Th scope="col" w={150}>
              {a.ward}
            </Table.Th>
            <Table.Th scope="col">{a.subject}</Table.Th>
            <Table.Th scope="col" w={300}>
              {a.form}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accepted.length === 0 && <EmptyRow colSpan={6} text={a.noAccepted} />}
          {accepted.map((n) => {
            const f = n.fields;
            const s = f.achievement.subject;
            const line = lines[n.nominationId] ?? { chosen: false, formCode: f.proposedFormCode };
            const problem = problems[n.nominationId];
            return (
              <Table.Tr key={n.nominationId}>
                <Table.Td>
                  <Checkbox aria-label={a.pick(f.recipient.name)} checked={line.chosen} onChange={(e) => onChange(n.nominationId, { ...line, chosen: e.currentTarget.checked })} />
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  {f.recipient.name}
                </Table.Th>
                <Table.Td>{a.kind[f.recipient.kind]}</Table.Td>
                <Table.Td fz="sm">{scope.wardName(f.wardId) ?? a.districtShort}</Table.Td>
                <Table.Td fz="sm">{a.subjectLine(s.label ?? a.subjectType[s.type], s.fromYear, s.toYear)}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={a.lineForm(f.recipient.name)}
                    value={line.formCode}
                    onChange={(e) => onChange(n.nominationId, { ...line, formCode: e.currentTarget.value })}
                    data={formChoices(forms, f.recipient.kind, (l) => a.level[l], line.formCode)}
                    error={problem ? problem.join(' ') : undefined}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

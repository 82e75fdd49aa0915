import { Button, Table, Text } from '@mantine/core';
import type { ActivityRecord } from '../../api/types';
import { toneText } from '../../components/tones';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import type { MovementScope } from '../movement/shared/useMovementScope';
import { RecordTable } from '../movement/shared/RecordTable';
import { ActivityStatusBadge } from './ActivityStatusBadge';

interface Props {
  activities: readonly ActivityRecord[];
  scope: MovementScope;
  onEdit: (activity: ActivityRecord) => void;
  onMarkDone: (activity: ActivityRecord) => void;
}

/** The programme's activities: title, lead side, member organisation, wards, due date, status; edit and mark done. */
export function ActivityTable({ activities, scope, onEdit, onMarkDone }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  // Only a planned activity can be marked done; the column is wide enough for both buttons.
  const markDone = (activity: ActivityRecord) =>
    activity.fields.status === 'planned' && (
      <Button size="compact-sm" variant="light" color={toneText.green} onClick={() => onMarkDone(activity)} aria-label={p.markDoneOf(activity.fields.title)}>
        {p.markDone}
      </Button>
    );
  return (
    <RecordTable
      label={p.activitiesTable}
      minWidth={1040}
      columns={[
        { label: p.activityTitle, miw: 260 },
        { label: p.responsibleSide, w: 110 },
        { label: p.memberOrganisation, w: 140 },
        { label: p.wards, w: 160 },
        { label: p.dueDate, w: 100 },
        { label: p.status, miw: 150 },
      ]}
      records={activities}
      empty={p.activitiesEmpty}
      edit={{ name: (activity) => activity.fields.title, onEdit, width: 170, more: markDone }}
      cells={({ fields: f }) => (
        <>
          <Table.Th scope="row" fw={500}>
            {f.title}
            {f.result && (
              <Text size="xs" c="dimmed" fw={400} style={{ whiteSpace: 'pre-line' }}>
                {p.result}: {f.result}
              </Text>
            )}
          </Table.Th>
          <Table.Td fz="sm">{t.labels.programmeSide[f.responsibleSide]}</Table.Td>
          <Table.Td fz="sm">{f.memberOrganisation ?? t.common.none}</Table.Td>
          <Table.Td fz="sm">{f.wardIds.length === 0 ? p.allWardsShort : f.wardIds.map((id) => scope.wardName(id)).join(', ')}</Table.Td>
          <Table.Td>{formatDate(f.dueDate)}</Table.Td>
          <Table.Td>
            <ActivityStatusBadge status={f.status} />
            {f.status === 'done' && f.doneOn && (
              <Text size="xs" c="dimmed">
                {p.doneOnLine(f.doneOn)}
              </Text>
            )}
          </Table.Td>
        </>
      )}
    />
  );
}

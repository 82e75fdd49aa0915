import { Button, Group, Table, Text } from '@mantine/core';
import type { ActivityRecord } from '../../api/types';
import { toneText } from '../../components/tones';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { EditButton } from '../movement/shared/EditButton';
import { EmptyRow } from '../movement/shared/EmptyRow';
import type { MovementScope } from '../movement/shared/useMovementScope';
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
  return (
    <Table.ScrollContainer minWidth={1040} type="native" tabIndex={0}>
      <Table aria-label={p.activitiesTable} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={260}>
              {p.activityTitle}
            </Table.Th>
            <Table.Th scope="col" w={110}>
              {p.responsibleSide}
            </Table.Th>
            <Table.Th scope="col" w={140}>
              {p.memberOrganisation}
            </Table.Th>
            <Table.Th scope="col" w={160}>
              {p.wards}
            </Table.Th>
            <Table.Th scope="col" w={100}>
              {p.dueDate}
            </Table.Th>
            <Table.Th scope="col" miw={150}>
              {p.status}
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {t.movement.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.length === 0 ? (
            <EmptyRow colSpan={7} text={p.activitiesEmpty} />
          ) : (
            activities.map((activity) => {
              const f = activity.fields;
              return (
                <Table.Tr key={activity.recordId}>
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
                  <Table.Td>
                    <Group gap={6}>
                      <EditButton name={f.title} onClick={() => onEdit(activity)} />
                      {f.status === 'planned' && (
                        <Button size="compact-sm" variant="light" color={toneText.green} onClick={() => onMarkDone(activity)} aria-label={p.markDoneOf(f.title)}>
                          {p.markDone}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Button } from '@mantine/core';
import { useState } from 'react';
import type { ActivityRecord } from '../../api/types';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import type { MovementScope } from '../movement/shared/useMovementScope';
import { ActivityDialog } from './ActivityDialog';
import { ActivityTable } from './ActivityTable';
import { MarkDoneDialog } from './MarkDoneDialog';
import { SavedNotice } from './SavedNotice';

interface Props {
  programmeId: string;
  activities: readonly ActivityRecord[];
  scope: MovementScope;
}

/** The programme's activities, how many are done, and the ways to add, edit and mark them done. */
export function ActivitiesSection({ programmeId, activities, scope }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const [editing, setEditing] = useState<{ record?: ActivityRecord }>();
  const [marking, setMarking] = useState<ActivityRecord>();
  const [notice, setNotice] = useState<string>();
  const counted = activities.filter((a) => a.fields.status !== 'cancelled');
  const done = counted.filter((a) => a.fields.status === 'done').length;
  return (
    <Section
      title={p.activitiesTitle}
      description={counted.length > 0 ? p.activitiesProgress(done, counted.length) : undefined}
      actions={<Button onClick={() => setEditing({})}>{p.addActivity}</Button>}
    >
      <SavedNotice message={notice} onClose={() => setNotice(undefined)} />
      <ActivityTable activities={activities} scope={scope} onEdit={(record) => setEditing({ record })} onMarkDone={setMarking} />
      {editing && <ActivityDialog programmeId={programmeId} record={editing.record} scope={scope} onSaved={setNotice} onClose={() => setEditing(undefined)} />}
      {marking && <MarkDoneDialog programmeId={programmeId} activity={marking} onSaved={setNotice} onClose={() => setMarking(undefined)} />}
    </Section>
  );
}

import { Button } from '@mantine/core';
import { useState } from 'react';
import type { ConferenceRecord, ProgrammeRecord } from '../../api/types';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { ConferenceDialog } from '../movement/conferences/ConferenceDialog';
import { ConferenceTable } from '../movement/conferences/ConferenceTable';
import type { MovementScope } from '../movement/shared/useMovementScope';
import { SavedNotice } from './SavedNotice';

interface Props {
  programme: ProgrammeRecord;
  conferences: readonly ConferenceRecord[];
  scope: MovementScope;
}

/** The review conferences about the programme; a new one starts with the programme as its subject and its period. */
export function ProgrammeConferences({ programme, conferences, scope }: Props) {
  const { t } = useI18n();
  const p = t.programmes;
  const [editing, setEditing] = useState<{ record?: ConferenceRecord }>();
  const [notice, setNotice] = useState<string>();
  const f = programme.fields;
  return (
    <Section title={p.conferencesTitle} actions={<Button onClick={() => setEditing({})}>{t.conferences.add}</Button>}>
      <SavedNotice message={notice} onClose={() => setNotice(undefined)} />
      <ConferenceTable conferences={conferences} label={p.conferencesTable} empty={p.conferencesEmpty} scope={scope} onEdit={(record) => setEditing({ record })} />
      {editing && (
        <ConferenceDialog
          record={editing.record}
          scope={scope}
          wardId=""
          preset={{ subject: `programme:${programme.recordId}`, periodFromYear: f.nationalFromYear, periodToYear: f.nationalToYear }}
          onSaved={setNotice}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Section>
  );
}

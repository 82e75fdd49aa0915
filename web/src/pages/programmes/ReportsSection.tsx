import { Button } from '@mantine/core';
import { useState } from 'react';
import type { ReportRecord } from '../../api/types';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { ReportDialog } from './ReportDialog';
import { ReportTable } from './ReportTable';
import { SavedNotice } from './SavedNotice';

/** The programme's joint reports, and the ways to add and edit them. */
export function ReportsSection({ programmeId, reports }: { programmeId: string; reports: readonly ReportRecord[] }) {
  const { t } = useI18n();
  const p = t.programmes;
  const [editing, setEditing] = useState<{ record?: ReportRecord }>();
  const [notice, setNotice] = useState<string>();
  return (
    <Section title={p.reportsTitle} actions={<Button onClick={() => setEditing({})}>{p.addReport}</Button>}>
      <SavedNotice message={notice} onClose={() => setNotice(undefined)} />
      <ReportTable reports={reports} onEdit={(record) => setEditing({ record })} />
      {editing && <ReportDialog programmeId={programmeId} record={editing.record} onSaved={setNotice} onClose={() => setEditing(undefined)} />}
    </Section>
  );
}

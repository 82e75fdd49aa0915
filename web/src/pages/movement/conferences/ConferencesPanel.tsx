import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { ConferenceRecord } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { listInput, type RecordFilters } from '../shared/filters';
import { PanelHeader } from '../shared/PanelHeader';
import type { MovementScope } from '../shared/useMovementScope';
import { ConferenceDialog } from './ConferenceDialog';
import { ConferenceTable } from './ConferenceTable';

/** The conferences and festival days tab: the list, add and edit (a coordinator may record district-wide ones). */
export function ConferencesPanel({ scope, filters, onSaved }: { scope: MovementScope; filters: RecordFilters; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [editing, setEditing] = useState<{ record?: ConferenceRecord }>();
  const list = useQuery(trpc.records.conferences.list.queryOptions(listInput(filters)));
  return (
    <>
      <PanelHeader count={list.data?.length} addLabel={t.conferences.add} onAdd={() => setEditing({})} />
      <QueryState query={list}>
        {(items) => (
          <ConferenceTable conferences={items} label={t.conferences.table} empty={t.conferences.empty} scope={scope} showSubject onEdit={(record) => setEditing({ record })} />
        )}
      </QueryState>
      {editing && (
        <ConferenceDialog
          record={editing.record}
          scope={scope}
          wardId={filters.wardId ?? (scope.isCoordinator ? '' : (scope.ownWardId ?? ''))}
          onSaved={onSaved}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { ForumRecord } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { listInput, type RecordFilters } from '../shared/filters';
import { PanelHeader } from '../shared/PanelHeader';
import type { MovementScope } from '../shared/useMovementScope';
import { ForumDialog } from './ForumDialog';
import { ForumTable } from './ForumTable';

/** The citizen forums tab: the list, add and edit. */
export function ForumsPanel({ scope, filters, onSaved }: { scope: MovementScope; filters: RecordFilters; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [editing, setEditing] = useState<{ record?: ForumRecord }>();
  const list = useQuery(trpc.records.forums.list.queryOptions(listInput(filters)));
  return (
    <>
      <PanelHeader count={list.data?.length} addLabel={t.forums.add} onAdd={() => setEditing({})} />
      <QueryState query={list}>{(items) => <ForumTable forums={items} scope={scope} onEdit={(record) => setEditing({ record })} />}</QueryState>
      {editing && (
        <ForumDialog
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

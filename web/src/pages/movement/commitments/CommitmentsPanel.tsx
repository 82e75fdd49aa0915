import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { CommitmentRecord } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { listInput, type RecordFilters } from '../shared/filters';
import { PanelHeader } from '../shared/PanelHeader';
import type { MovementScope } from '../shared/useMovementScope';
import { CommitmentDialog } from './CommitmentDialog';
import { CommitmentTable } from './CommitmentTable';

/** The commitment signings tab: the list, add and edit. */
export function CommitmentsPanel({ scope, filters, onSaved }: { scope: MovementScope; filters: RecordFilters; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [editing, setEditing] = useState<{ record?: CommitmentRecord }>();
  const list = useQuery(trpc.records.commitments.list.queryOptions(listInput(filters)));
  return (
    <>
      <PanelHeader count={list.data?.length} addLabel={t.commitments.add} onAdd={() => setEditing({})} />
      <QueryState query={list}>{(items) => <CommitmentTable commitments={items} scope={scope} onEdit={(record) => setEditing({ record })} />}</QueryState>
      {editing && (
        <CommitmentDialog
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

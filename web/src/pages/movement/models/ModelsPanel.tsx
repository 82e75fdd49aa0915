import { modelKinds, modelStatuses } from '@antq/domain';
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import type { ModelRecord } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { listInput, type RecordFilters } from '../shared/filters';
import { PanelHeader } from '../shared/PanelHeader';
import type { MovementScope } from '../shared/useMovementScope';
import { ModelDialog } from './ModelDialog';
import { modelSpread } from './modelSpread';
import { ModelTable } from './ModelTable';

interface Props {
  scope: MovementScope;
  filters: RecordFilters;
  onSaved: (message: string) => void;
}

/** The models tab: kind and status filters, the list with its spread, add and edit. */
export function ModelsPanel({ scope, filters, onSaved }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<{ record?: ModelRecord }>();
  const list = useQuery(trpc.records.models.list.queryOptions(listInput(filters)));
  // The spread is read from every model the user sees, whatever the filters.
  const all = useQuery(trpc.records.models.list.queryOptions({}));
  const spread = useMemo(() => modelSpread(all.data ?? list.data ?? []), [all.data, list.data]);
  const shown = (list.data ?? []).filter((m) => (!kind || m.fields.kind === kind) && (!status || m.fields.status === status));

  return (
    <>
      <PanelHeader count={list.data ? shown.length : undefined} addLabel={t.models.add} onAdd={() => setEditing({})}>
        <NativeSelect label={t.models.kind} value={kind} onChange={(e) => setKind(e.currentTarget.value)} data={[{ value: '', label: t.models.allKinds }, ...modelKinds.map((k) => ({ value: k, label: t.labels.modelKind[k] }))]} />
        <NativeSelect label={t.models.status} value={status} onChange={(e) => setStatus(e.currentTarget.value)} data={[{ value: '', label: t.models.allStatuses }, ...modelStatuses.map((s) => ({ value: s, label: t.labels.modelStatus[s] }))]} />
      </PanelHeader>
      <QueryState query={list}>{() => <ModelTable models={shown} spread={spread} scope={scope} onEdit={(record) => setEditing({ record })} />}</QueryState>
      {editing && (
        <ModelDialog
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

import { type NominationStatus, nominationStatusLabels } from '@antq/domain';
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { PanelHeader } from '../../movement/shared/PanelHeader';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { useAwardForms } from '../shared/useAwardForms';
import type { NominationOutput } from '../types';
import { ActDialog } from './ActDialog';
import type { NominationAction } from './NominationActions';
import { NominationDialog } from './NominationDialog';
import { DISTRICT_FILTER, filterNominations, type NominationFilters } from './nominationFilters';
import { NominationTable } from './NominationTable';

const statuses = Object.keys(nominationStatusLabels) as NominationStatus[];

/** The nominations tab: filters (status; ward for the district), the list, add, edit, send, accept and return. */
export function NominationsPanel({ scope, onNotice }: { scope: MovementScope; onNotice: (message: string) => void }) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const list = useQuery(trpc.awards.nominations.list.queryOptions());
  const { formName } = useAwardForms();
  const [filters, setFilters] = useState<NominationFilters>({});
  const [editing, setEditing] = useState<{ nomination?: NominationOutput }>();
  const [acting, setActing] = useState<{ nomination: NominationOutput; action: NominationAction }>();
  const shown = list.data ? filterNominations(list.data, filters) : undefined;
  const newWard = scope.isCoordinator ? (filters.wardId && filters.wardId !== DISTRICT_FILTER ? filters.wardId : '') : (scope.ownWardId ?? '');

  return (
    <>
      <PanelHeader count={shown?.length} addLabel={a.add} onAdd={() => setEditing({})}>
        <NativeSelect
          label={a.filterStatus}
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ ...filters, status: (e.currentTarget.value || undefined) as NominationStatus | undefined })}
          data={[{ value: '', label: a.allStatuses }, ...statuses.map((s) => ({ value: s, label: a.nominationStatus[s] }))]}
          w={200}
        />
        {scope.isCoordinator && (
          <NativeSelect
            label={a.filterWard}
            value={filters.wardId ?? ''}
            onChange={(e) => setFilters({ ...filters, wardId: e.currentTarget.value || undefined })}
            data={[{ value: '', label: a.allWards }, { value: DISTRICT_FILTER, label: a.districtShort }, ...scope.wards.map((w) => ({ value: w.wardId, label: w.name }))]}
            w={240}
          />
        )}
      </PanelHeader>
      <QueryState query={list}>
        {() => (
          <NominationTable
            nominations={shown ?? []}
            scope={scope}
            formName={formName}
            onEdit={(nomination) => setEditing({ nomination })}
            onAct={(nomination, action) => setActing({ nomination, action })}
          />
        )}
      </QueryState>
      {editing && <NominationDialog nomination={editing.nomination} scope={scope} wardId={newWard} onSaved={onNotice} onClose={() => setEditing(undefined)} />}
      {acting && <ActDialog nomination={acting.nomination} action={acting.action} onDone={onNotice} onClose={() => setActing(undefined)} />}
    </>
  );
}

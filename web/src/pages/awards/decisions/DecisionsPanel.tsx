import { Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { DecisionDialog } from './DecisionDialog';
import { DecisionTable } from './DecisionTable';

/** The decisions tab (district): the list, each decision's page, and "Ra quyết định". */
export function DecisionsPanel({ scope, onNotice }: { scope: MovementScope; onNotice: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const list = useQuery(trpc.awards.decisions.list.queryOptions());
  const [deciding, setDeciding] = useState(false);
  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button onClick={() => setDeciding(true)}>{t.awards.decide}</Button>
      </Group>
      <QueryState query={list}>{(decisions) => <DecisionTable decisions={decisions} />}</QueryState>
      {deciding && <DecisionDialog scope={scope} onSaved={onNotice} onClose={() => setDeciding(false)} />}
    </>
  );
}

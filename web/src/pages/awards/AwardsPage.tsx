import { Alert, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { type MovementScope, useMovementScope } from '../movement/shared/useMovementScope';
import { DecisionsPanel } from './decisions/DecisionsPanel';
import { HistoryPanel } from './history/HistoryPanel';
import { NominationsPanel } from './nominations/NominationsPanel';
import { TalliesPanel } from './tallies/TalliesPanel';

const tabs = ['nominations', 'decisions', 'tallies', 'history'] as const;
type Tab = (typeof tabs)[number];

function Notice({ text, onClose }: { text: string | undefined; onClose: () => void }) {
  const { t } = useI18n();
  if (!text) return null;
  return (
    <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={onClose}>
      {text}
    </Alert>
  );
}

/** The district's four views: nominations, decisions, the year's tallies, the history over years. */
function CoordinatorAwards({ scope }: { scope: MovementScope }) {
  const { t } = useI18n();
  const a = t.awards;
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'nominations';
  const [notice, setNotice] = useState<string>();
  return (
    <Stack gap="lg">
      <PageHeader title={a.title} subtitle={a.intro} />
      <Notice text={notice} onClose={() => setNotice(undefined)} />
      <Tabs
        value={tab}
        onChange={(v) => {
          setNotice(undefined);
          setParams({ tab: v ?? 'nominations' }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={a.tabs} mb="md">
          <Tabs.Tab value="nominations">{a.tabNominations}</Tabs.Tab>
          <Tabs.Tab value="decisions">{a.tabDecisions}</Tabs.Tab>
          <Tabs.Tab value="tallies">{a.tabTallies}</Tabs.Tab>
          <Tabs.Tab value="history">{a.tabHistory}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nominations">
          <Section title={a.tabNominations}>
            <NominationsPanel scope={scope} onNotice={setNotice} />
          </Section>
        </Tabs.Panel>
        <Tabs.Panel value="decisions">
          <Section title={a.tabDecisions}>
            <DecisionsPanel scope={scope} onNotice={setNotice} />
          </Section>
        </Tabs.Panel>
        <Tabs.Panel value="tallies">
          <Section title={a.tabTallies}>
            <TalliesPanel scope={scope} />
          </Section>
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <Section title={a.tabHistory}>
            <HistoryPanel />
          </Section>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** A ward officer's view: their ward's nominations, to draft, send, and fix when returned. */
function WardAwards({ scope }: { scope: MovementScope }) {
  const { t } = useI18n();
  const a = t.awards;
  const [notice, setNotice] = useState<string>();
  return (
    <Stack gap="lg">
      <PageHeader title={a.title} subtitle={a.introWard} />
      <Notice text={notice} onClose={() => setNotice(undefined)} />
      <Section title={a.tabNominations}>
        <NominationsPanel scope={scope} onNotice={setNotice} />
      </Section>
    </Stack>
  );
}

/** `/awards`: the district's nominations, decisions, tallies and history; a ward's own nominations. */
export function AwardsPage() {
  const { scope, failed } = useMovementScope();
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!scope) return <LoadingState />;
  return scope.isCoordinator ? <CoordinatorAwards scope={scope} /> : <WardAwards scope={scope} />;
}

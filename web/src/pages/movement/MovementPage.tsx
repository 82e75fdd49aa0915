import { Alert, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { CommitmentsPanel } from './commitments/CommitmentsPanel';
import { ConferencesPanel } from './conferences/ConferencesPanel';
import { FiguresSection } from './FiguresSection';
import { ForumsPanel } from './forums/ForumsPanel';
import { ModelsPanel } from './models/ModelsPanel';
import { RecordFiltersBar } from './RecordFiltersBar';
import type { RecordFilters } from './shared/filters';
import { type MovementScope, useMovementScope } from './shared/useMovementScope';
import { thisYear } from './years';

const tabs = ['models', 'commitments', 'forums', 'conferences'] as const;
type Tab = (typeof tabs)[number];

function MovementScreen({ scope }: { scope: MovementScope }) {
  const { t } = useI18n();
  const m = t.movement;
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'models';
  const lastYear = thisYear();
  const [year, setYear] = useState(lastYear);
  const [filters, setFilters] = useState<RecordFilters>({});
  const [notice, setNotice] = useState<string>();
  const panel = { scope, filters, onSaved: setNotice };

  return (
    <Stack gap="lg">
      <PageHeader title={m.title} subtitle={scope.isCoordinator ? m.intro : m.introWard} />
      <FiguresSection scope={scope} year={year} lastYear={lastYear} onYear={setYear} />
      <Section title={m.recordsTitle} actions={<RecordFiltersBar scope={scope} filters={filters} lastYear={lastYear} onChange={setFilters} />}>
        {notice && (
          <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(undefined)}>
            {notice}
          </Alert>
        )}
        <Tabs
          value={tab}
          onChange={(v) => {
            setNotice(undefined);
            setParams({ tab: v ?? 'models' }, { replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={m.tabs} mb="md">
            <Tabs.Tab value="models">{m.tabModels}</Tabs.Tab>
            <Tabs.Tab value="commitments">{m.tabCommitments}</Tabs.Tab>
            <Tabs.Tab value="forums">{m.tabForums}</Tabs.Tab>
            <Tabs.Tab value="conferences">{m.tabConferences}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="models">
            <ModelsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="commitments">
            <CommitmentsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="forums">
            <ForumsPanel {...panel} />
          </Tabs.Panel>
          <Tabs.Panel value="conferences">
            <ConferencesPanel {...panel} />
          </Tabs.Panel>
        </Tabs>
      </Section>
    </Stack>
  );
}

/** `/movement`: the year's figures (per ward for coordinators) and the records — models, commitments, forums, conferences. */
export function MovementPage() {
  const { scope, failed } = useMovementScope();
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!scope) return <LoadingState />;
  return <MovementScreen scope={scope} />;
}

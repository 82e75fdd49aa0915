import { Anchor, Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import type { ProgrammeOutput } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { type MovementScope, useMovementScope } from '../movement/shared/useMovementScope';
import { ActivitiesSection } from './ActivitiesSection';
import { ProgrammeConferences } from './ProgrammeConferences';
import { ProgrammeFacts } from './ProgrammeFacts';
import { ReportsSection } from './ReportsSection';

function Programme({ data, scope }: { data: ProgrammeOutput; scope: MovementScope }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { programme } = data;
  return (
    <Stack gap="lg">
      <PageHeader title={programme.fields.title} subtitle={t.programmes.subtitle(programme.fields.documentNumber)} />
      <Section
        title={t.programmes.facts}
        actions={
          <Button variant="default" onClick={() => navigate(`/programmes/${programme.recordId}/edit`)}>
            {t.programmes.edit}
          </Button>
        }
      >
        <ProgrammeFacts programme={programme} />
      </Section>
      <ActivitiesSection programmeId={programme.recordId} activities={data.activities} scope={scope} />
      <ReportsSection programmeId={programme.recordId} reports={data.reports} />
      <ProgrammeConferences programme={programme} conferences={data.conferences} scope={scope} />
    </Stack>
  );
}

/** `/programmes/:programmeId` (coordinator): the programme, its activities, joint reports and review conferences. */
export function ProgrammePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { programmeId = '' } = useParams();
  const programme = useQuery(trpc.programmes.get.queryOptions({ programmeId }));
  const { scope, failed } = useMovementScope();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/programmes" size="sm">
        ← {t.programmes.back}
      </Anchor>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !scope ? (
        <LoadingState />
      ) : (
        <QueryState query={programme}>{(data) => <Programme data={data} scope={scope} />}</QueryState>
      )}
    </Stack>
  );
}

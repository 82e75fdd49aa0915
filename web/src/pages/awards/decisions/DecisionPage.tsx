import { Alert, Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTRPC } from '../../../api/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, LoadingState, QueryState } from '../../../components/QueryState';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';
import { type MovementScope, useMovementScope } from '../../movement/shared/useMovementScope';
import { useAwardForms } from '../shared/useAwardForms';
import type { DecisionLineOutput, DecisionOutput } from '../types';
import { DecisionDownloads } from './DecisionDownloads';
import { DecisionFacts } from './DecisionFacts';
import { OutcomesTable } from './OutcomesTable';
import { RevokeDialog } from './RevokeDialog';

function Decision({ decision, scope }: { decision: DecisionOutput; scope: MovementScope }) {
  const { t } = useI18n();
  const a = t.awards;
  const { formName, forms } = useAwardForms();
  const [revoking, setRevoking] = useState<DecisionLineOutput>();
  const [notice, setNotice] = useState<string>();
  return (
    <Stack gap="lg">
      <PageHeader title={a.decisionHeading(decision.fields.number)} subtitle={a.decisionSubtitle(decision.fields.issuingBody, decision.fields.date)} />
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      <Section title={a.decisionFacts} actions={<DecisionDownloads decision={decision} forms={forms} scope={scope} />}>
        <DecisionFacts decision={decision} />
      </Section>
      <Section title={a.outcomes}>
        <OutcomesTable lines={decision.lines} scope={scope} formName={formName} onRevoke={setRevoking} />
      </Section>
      {revoking && <RevokeDialog decision={decision} line={revoking} formName={formName(revoking.formCode)} onDone={setNotice} onClose={() => setRevoking(undefined)} />}
    </Stack>
  );
}

/** `/awards/decisions/:decisionId` (coordinator): the decision, its lines with their status, revocation and the official files. */
export function DecisionPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { decisionId = '' } = useParams();
  const decision = useQuery(trpc.awards.decisions.get.queryOptions({ decisionId }));
  const { scope, failed } = useMovementScope();
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/awards?tab=decisions" size="sm">
        ← {t.awards.back}
      </Anchor>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !scope ? (
        <LoadingState />
      ) : (
        <QueryState query={decision}>{(d) => <Decision decision={d} scope={scope} />}</QueryState>
      )}
    </Stack>
  );
}

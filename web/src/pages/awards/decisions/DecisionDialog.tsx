import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useIntent } from '../../../api/intent';
import { useTRPC } from '../../../api/trpc';
import { useMe } from '../../../api/useMe';
import { ErrorState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';
import { RecordDialog } from '../../movement/shared/RecordDialog';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { useAwardForms } from '../shared/useAwardForms';
import { useInvalidateAwards } from '../shared/useInvalidateAwards';
import { DecisionForm } from './DecisionForm';
import { newDecisionValues } from './decisionForm';

interface Props {
  scope: MovementScope;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/**
 * "Ra quyết định": a new decision over the accepted nominations. The idempotency key of the intent
 * makes a retry after a network failure create the decision once.
 */
export function DecisionDialog({ scope, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const me = useMe();
  const forms = useAwardForms();
  const nominations = useQuery(trpc.awards.nominations.list.queryOptions());
  const invalidate = useInvalidateAwards();
  const create = useIntent(useMutation(trpc.awards.decisions.create.mutationOptions()));
  const accepted = useMemo(() => (nominations.data ?? []).filter((n) => n.status === 'accepted').sort((x, y) => x.updatedAt.localeCompare(y.updatedAt)), [nominations.data]);
  const loading = me.isPending || forms.query.isPending || nominations.isPending;
  const failed = me.isError ? me : nominations.isError ? nominations : forms.query.isError ? forms.query : undefined;
  return (
    <RecordDialog title={a.decisionNew} loading={loading} onClose={onClose}>
      {failed ? (
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <DecisionForm
          initial={newDecisionValues(me.data?.tenant?.name ?? '', accepted, { issuingBody: a.defaultIssuingBody, signerTitle: a.defaultSignerTitle })}
          accepted={accepted}
          forms={forms.forms}
          scope={scope}
          pending={create.isPending}
          error={create.error}
          onSubmit={(fields) =>
            create.run(
              { fields },
              {
                onSuccess: async () => {
                  await invalidate();
                  onSaved(a.decided(fields.number));
                  onClose();
                },
              },
            )
          }
          onCancel={onClose}
        />
      )}
    </RecordDialog>
  );
}

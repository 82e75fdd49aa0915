import type { Role } from '@antq/domain';
import type { ReactNode } from 'react';
import { useMe } from '../api/useMe';
import { ErrorState, LoadingState } from '../components/QueryState';
import { Message } from '../components/Message';
import { useI18n } from '../i18n';

/** Shows a screen only to the role(s) it is for (the API enforces the same rule on every call). */
export function RequireRole({ role, children }: { role: Role | readonly Role[]; children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const allowed: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!me.data.user.roles.some((r) => allowed.includes(r))) return <Message title={t.common.forbiddenTitle} text={t.common.forbiddenText} />;
  return <>{children}</>;
}

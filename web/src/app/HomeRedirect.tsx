import { Navigate } from 'react-router-dom';
import { useMe } from '../api/useMe';
import { Message } from '../components/Message';
import { ErrorState, LoadingState } from '../components/QueryState';
import { useI18n } from '../i18n';
import { homePathFor } from './homes';

/** `/`: the home of the user's first role. */
export function HomeRedirect() {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const home = homePathFor(me.data.user.roles);
  if (!home) return <Message title={t.common.noRoleTitle} text={t.common.noRoleText} home={false} />;
  return <Navigate to={home} replace />;
}

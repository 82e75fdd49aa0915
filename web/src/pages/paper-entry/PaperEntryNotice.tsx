import { Alert } from '@mantine/core';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n';
import type { PaperEnteredState } from './useEntered';

/** On the ward's review page, right after a paper submission was entered: what was recorded. */
export function PaperEntryNotice() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const message = (location.state as PaperEnteredState | null)?.paperEntered;
  if (!message) return null;
  return (
    <Alert
      color="green"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel={t.common.close}
      onClose={() => void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null })}
    >
      {message}
    </Alert>
  );
}

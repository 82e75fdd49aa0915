import { Message } from '../../components/Message';
import { useI18n } from '../../i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return <Message title={t.common.notFoundTitle} text={t.common.notFoundText} />;
}

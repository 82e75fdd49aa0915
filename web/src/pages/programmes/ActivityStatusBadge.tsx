import { ToneBadge } from '../../components/ToneBadge';
import type { Tone } from '../../components/tones';
import { useI18n } from '../../i18n';
import type { ActivityStatus } from './activityForm';

const tones: Record<ActivityStatus, Tone> = { planned: 'blue', done: 'green', cancelled: 'gray' };

/** Đã lên kế hoạch, Đã hoàn thành, Đã hủy. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useI18n();
  return <ToneBadge tone={tones[status]}>{t.labels.activityStatus[status]}</ToneBadge>;
}

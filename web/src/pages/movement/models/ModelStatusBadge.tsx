import type { ModelStatus } from '@antq/domain';
import { ToneBadge } from '../../../components/ToneBadge';
import type { Tone } from '../../../components/tones';
import { useI18n } from '../../../i18n';

const tones: Record<ModelStatus, Tone> = { active: 'green', suspended: 'orange', ended: 'gray' };

/** Đang hoạt động, Tạm dừng, Đã kết thúc. */
export function ModelStatusBadge({ status }: { status: ModelStatus }) {
  const { t } = useI18n();
  return <ToneBadge tone={tones[status]}>{t.labels.modelStatus[status]}</ToneBadge>;
}

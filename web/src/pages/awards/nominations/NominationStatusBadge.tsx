import type { NominationStatus } from '@antq/domain';
import { ToneBadge } from '../../../components/ToneBadge';
import type { Tone } from '../../../components/tones';
import { useI18n } from '../../../i18n';

const tones: Record<NominationStatus, Tone> = { draft: 'gray', submitted: 'orange', accepted: 'blue', returned: 'red', awarded: 'green' };

/** Đang soạn, Chờ xét, Đã chấp thuận, Bị trả lại, Đã có quyết định. */
export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  const { t } = useI18n();
  return <ToneBadge tone={tones[status]}>{t.awards.nominationStatus[status]}</ToneBadge>;
}

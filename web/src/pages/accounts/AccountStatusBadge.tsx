import type { AccountStatus } from '@antq/domain';
import { ToneBadge } from '../../components/ToneBadge';
import type { Tone } from '../../components/tones';
import { useI18n } from '../../i18n';

const tones: Record<AccountStatus, Tone> = { invited: 'orange', active: 'green', disabled: 'red' };

/** Đã mời, chưa đăng nhập · Đang hoạt động · Đã khóa. */
export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useI18n();
  // The labels are sentences ("Đã mời, chưa đăng nhập"): they wrap rather than being cut.
  return (
    <ToneBadge tone={tones[status]} h="auto" py={2} maw="100%" styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}>
      {t.accounts.status[status]}
    </ToneBadge>
  );
}

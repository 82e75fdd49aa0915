import type { CampaignStatus, ReviewStatus } from '@antq/domain';
import { Button } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n';
import { mayEnterPaper, type PaperPart, paperEntryPath } from './paperEntry';

interface Props {
  campaignId: string;
  campaignStatus: CampaignStatus;
  wardId: string;
  part: PaperPart;
  status: ReviewStatus;
}

/** "Nhập hồ sơ giấy" on a ward's plan or self-assessment the district may still receive. */
export function PaperLink({ campaignId, campaignStatus, wardId, part, status }: Props) {
  const { t } = useI18n();
  if (!mayEnterPaper(campaignStatus, status)) return null;
  return (
    <Button component={Link} to={paperEntryPath(campaignId, wardId, part)} variant="light">
      {t.paperEntry.action}
    </Button>
  );
}

import { scoreOf, type CatalogueContent } from '@antq/domain';
import type { AssessmentHeadOutput } from '../../api/types';
import { Facts } from '../../components/Facts';
import { formatScore } from '../../format';
import { useI18n } from '../../i18n';

/** Self-reported score beside the verified one, and how many criteria the district has verified. */
export function ScoreFacts({ content, assessment }: { content: CatalogueContent; assessment: AssessmentHeadOutput }) {
  const { t } = useI18n();
  const self = scoreOf(content, Object.fromEntries(assessment.entries.map((e) => [e.criterionCode, e.value])));
  const verified = scoreOf(content, Object.fromEntries(Object.entries(assessment.verifications).map(([code, v]) => [code, v.value])));
  return (
    <Facts
      items={[
        { label: t.assessment.selfScore, value: formatScore(self.value, self.max) },
        { label: t.assessment.verifiedScore, value: verified.answered > 0 ? formatScore(verified.value, verified.max) : '—' },
        { label: t.assessment.verification, value: t.assessment.progress(verified.answered, verified.total) },
      ]}
    />
  );
}

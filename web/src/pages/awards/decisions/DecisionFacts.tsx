import { Facts } from '../../../components/Facts';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n';
import type { DecisionOutput } from '../types';

/** The decision as signed: issuing body and level, number verbatim, date, place, signer. */
export function DecisionFacts({ decision }: { decision: DecisionOutput }) {
  const { t } = useI18n();
  const a = t.awards;
  const f = decision.fields;
  return (
    <Facts
      items={[
        { label: a.issuingBody, value: f.issuingBody },
        { label: a.authorityLevel, value: a.level[f.authorityLevel] },
        { label: a.number, value: f.number },
        { label: a.date, value: formatDate(f.date) },
        { label: a.place, value: f.place },
        { label: a.signer, value: a.signerLine(f.signer.title, f.signer.name) },
        { label: a.lineCount, value: decision.lines.length },
        { label: a.revokedCount, value: decision.lines.filter((l) => l.revoked).length },
      ]}
    />
  );
}

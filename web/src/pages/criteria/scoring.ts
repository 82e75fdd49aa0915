import type { Scoring } from '@antq/domain';
import type { Messages } from '../../i18n';

/** How a criterion is scored, in words: "Đạt / Cơ bản đạt / Chưa đạt" or "Chấm điểm, tối đa 10". */
export function scoringLabel(scoring: Scoring, t: Messages): string {
  return scoring.kind === 'points' ? t.criteria.scoringPoints(scoring.max) : t.criteria.scoringStatus;
}

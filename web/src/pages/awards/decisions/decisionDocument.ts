import { sharedAchievement } from '@antq/domain';
import type { NominationOutput } from '../types';

/**
 * What the decision rewards, when all its lines share one achievement subject (a decision after a
 * programme's review usually does); otherwise undefined and the document speaks of the movement.
 * The API's own DOCX (`GET /api/v1/districts/<d>/decisions/<id>?format=docx`) says it the same way.
 *
 * No managing body is printed above the issuer: a People's Committee's documents carry its own
 * name alone (Nghị định 30/2020/NĐ-CP, see `superiorBody` in @antq/documents).
 */
export function achievementOf(nominationIds: readonly string[], nominations: readonly NominationOutput[]): string | undefined {
  const byId = new Map(nominations.map((n) => [n.nominationId, n.fields.achievement.subject]));
  return sharedAchievement(nominationIds.map((id) => byId.get(id)));
}

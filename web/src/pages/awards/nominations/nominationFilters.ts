import type { NominationStatus } from '@antq/domain';
import type { NominationOutput } from '../types';

/** The district's own nominations, in the ward filter (a ward code cannot be "district"). */
export const DISTRICT_FILTER = 'district';

export interface NominationFilters {
  status?: NominationStatus;
  /** A ward code, DISTRICT_FILTER for those the district made itself, or undefined for all. */
  wardId?: string;
}

/** The nominations the filters keep, the latest changed first (what needs attention is usually recent). */
export function filterNominations(items: readonly NominationOutput[], f: NominationFilters): NominationOutput[] {
  return items
    .filter((n) => !f.status || n.status === f.status)
    .filter((n) => !f.wardId || (f.wardId === DISTRICT_FILTER ? !n.fields.wardId : n.fields.wardId === f.wardId))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

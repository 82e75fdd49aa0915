/** The filters every list of the movement page shares: a ward (coordinators only) and a year. */
export interface RecordFilters {
  wardId?: string;
  year?: number;
}

/** The list query's input: only the filters that are set. */
export const listInput = (f: RecordFilters) => ({ ...(f.wardId && { wardId: f.wardId }), ...(f.year && { year: f.year }) });

import type { AuthorityLevel, RecipientKind } from './forms.js';

/** What one award outcome adds to the district-year item (kept in the decision's transaction). */
export interface TallyEntry {
  formCode: string;
  level: AuthorityLevel;
  recipientKind: RecipientKind;
  subjectType: string;
  subjectRef: string;
  /** The subject's name as the nomination gave it, so lists need no lookups. */
  subjectLabel?: string;
  wardIds: string[];
  recipientKey: string;
  recipientName: string;
  decisionId: string;
}

import type { Messages } from '../../i18n';
import type { PlanFormState, RowSection } from './planForm';
import { fieldLabel } from './planLabels';

const rowSectionOf: Record<RowSection, 'legalReferences' | 'members' | 'activities' | 'targets'> = {
  legalReferences: 'legalReferences',
  members: 'members',
  activities: 'activities',
  targets: 'targets',
};

/** Where a form field is, in words: "Văn bản 2 › Số, ký hiệu văn bản", "Ban chỉ đạo › Trưởng ban chỉ đạo". */
export function describeField(fieldId: string, state: PlanFormState, t: Messages): string {
  const p = t.plan;
  const [section, key, field] = fieldId.split('.');
  const rowsOf: Record<RowSection, Array<{ key: string }>> = {
    legalReferences: state.legalReferences,
    members: state.steering.members,
    activities: state.activities,
    targets: state.targets,
  };
  const itemName: Record<RowSection, (n: number) => string> = {
    legalReferences: p.legalItem,
    members: p.memberItem,
    activities: p.activityItem,
    targets: p.targetItem,
  };
  const sectionTitle: Record<string, string> = {
    legalReferences: p.legalTitle,
    members: p.members,
    activities: p.activitiesTitle,
    targets: p.targetsTitle,
    steering: p.steeringTitle,
    budget: p.budgetTitle,
    notes: p.notesTitle,
  };
  if (section && section in rowSectionOf && key) {
    const s = section as RowSection;
    const index = rowsOf[s].findIndex((r) => r.key === key);
    const where = index >= 0 ? itemName[s](index + 1) : sectionTitle[s]!;
    return field ? `${where} › ${fieldLabel(rowSectionOf[s], field, t)}` : where;
  }
  if (section === 'steering' && key) {
    const steeringField = key.startsWith('decision') ? `decision.${key.slice(8).toLowerCase()}` : key;
    return `${p.steeringTitle} › ${fieldLabel('steeringCommittee', steeringField, t)}`;
  }
  if (section === 'budget' && key) return `${p.budgetTitle} › ${fieldLabel('budget', key === 'amount' ? 'amountVnd' : key, t)}`;
  return sectionTitle[section ?? ''] ?? t.plan.title;
}

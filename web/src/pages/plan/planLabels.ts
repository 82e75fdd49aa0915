import type { Messages } from '../../i18n';
import { formatDate, formatVnd } from '../../format';
import type { DiffSection } from './planDiff';

type Value = string | number | undefined;

/** A plan field's name on screen, by section ("title" is a document's summary but an activity's name). */
export function fieldLabel(section: DiffSection, field: string, t: Messages): string {
  const p = t.plan;
  const bySection: Partial<Record<DiffSection, Record<string, string>>> = {
    legalReferences: { type: p.docType, number: p.docNumber, issuer: p.docIssuer, date: p.docDate, title: p.docTitle },
    steeringCommittee: {
      head: p.steeringHead,
      'decision.number': p.decisionNumber,
      'decision.issuer': p.decisionIssuer,
      'decision.date': p.decisionDate,
      'decision.title': p.decisionTitle,
    },
    members: { name: p.memberName, position: p.memberPosition, organisation: p.memberOrganisation },
    activities: { title: p.activityTitle, ownerOrganisation: p.activityOwner, dueDate: p.activityDue, description: p.activityDescription },
    budget: { amountVnd: p.budgetAmount, source: p.budgetSource, note: p.budgetNote },
    targets: { criterionCode: p.targetCriterion, target: p.targetText },
    notes: { notes: p.notes },
  };
  return bySection[section]?.[field] ?? field;
}

/** A plan value as people read it: dates dd/mm/yyyy, document types in words, amounts in đồng. */
export function formatPlanValue(field: string, value: Value, t: Messages): string {
  if (value === undefined || value === '') return '—';
  if (field === 'date' || field === 'dueDate' || field === 'decision.date') return formatDate(String(value));
  if (field === 'type') return t.legalTypes[value as keyof Messages['legalTypes']] ?? String(value);
  if (field === 'amountVnd') return formatVnd(Number(value));
  return String(value);
}

/** How the screen names an item of a section: "Nghị quyết 15-NQ/ĐU", an activity's title… */
export function itemLabel(section: DiffSection, item: Record<string, Value>, t: Messages): string {
  switch (section) {
    case 'legalReferences':
      return `${formatPlanValue('type', item.type, t)} ${item.number ?? ''}`.trim();
    case 'steeringCommittee':
      return String(item.head ?? '');
    case 'members':
      return String(item.name ?? '');
    case 'activities':
      return String(item.title ?? '');
    case 'budget':
      return formatPlanValue('amountVnd', item.amountVnd, t);
    case 'targets':
      return `${t.plan.targetCriterion} ${item.criterionCode ?? ''}`;
    case 'notes':
      return String(item.notes ?? '').slice(0, 80);
  }
}

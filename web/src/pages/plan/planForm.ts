import type { legalDocumentTypes, PlanContent } from '@antq/domain';

export type LegalType = (typeof legalDocumentTypes)[number];

export interface LegalRow {
  key: string;
  type: LegalType;
  number: string;
  issuer: string;
  date: string;
  title: string;
}
export interface MemberRow {
  key: string;
  name: string;
  position: string;
  organisation: string;
}
export interface ActivityRow {
  key: string;
  title: string;
  ownerOrganisation: string;
  dueDate: string;
  description: string;
}
export interface TargetRow {
  key: string;
  criterionCode: string;
  target: string;
}

/** The plan while a ward officer types it: every field a string, rows keyed for React and for errors. */
export interface PlanFormState {
  legalReferences: LegalRow[];
  steering: {
    head: string;
    decisionNumber: string;
    decisionIssuer: string;
    decisionDate: string;
    decisionTitle: string;
    members: MemberRow[];
  };
  activities: ActivityRow[];
  budget: { amount: number | ''; source: string; note: string };
  targets: TargetRow[];
  notes: string;
}

export type RowSection = 'legalReferences' | 'members' | 'activities' | 'targets';

let counter = 0;
const newKey = () => `row${++counter}`;

export const emptyLegal = (type: LegalType = 'resolution'): LegalRow => ({ key: newKey(), type, number: '', issuer: '', date: '', title: '' });
export const emptyMember = (): MemberRow => ({ key: newKey(), name: '', position: '', organisation: '' });
export const emptyActivity = (): ActivityRow => ({ key: newKey(), title: '', ownerOrganisation: '', dueDate: '', description: '' });
export const emptyTarget = (): TargetRow => ({ key: newKey(), criterionCode: '', target: '' });

/** The form for a plan; a blank plan starts with one empty document and one empty activity to fill. */
export function toFormState(content: PlanContent): PlanFormState {
  const s = content.steeringCommittee;
  const legal = content.legalReferences.map((r) => ({ key: newKey(), type: r.type, number: r.number, issuer: r.issuer, date: r.date, title: r.title ?? '' }));
  const activities = content.activities.map((a) => ({
    key: newKey(),
    title: a.title,
    ownerOrganisation: a.ownerOrganisation,
    dueDate: a.dueDate,
    description: a.description ?? '',
  }));
  return {
    legalReferences: legal.length > 0 ? legal : [emptyLegal()],
    steering: {
      head: s?.head ?? '',
      decisionNumber: s?.decision?.number ?? '',
      decisionIssuer: s?.decision?.issuer ?? '',
      decisionDate: s?.decision?.date ?? '',
      decisionTitle: s?.decision?.title ?? '',
      members: (s?.members ?? []).map((m) => ({ key: newKey(), name: m.name, position: m.position, organisation: m.organisation ?? '' })),
    },
    activities: activities.length > 0 ? activities : [emptyActivity()],
    budget: { amount: content.budget?.amountVnd ?? '', source: content.budget?.source ?? '', note: content.budget?.note ?? '' },
    targets: content.targets.map((t) => ({ key: newKey(), criterionCode: t.criterionCode, target: t.target })),
    notes: content.notes ?? '',
  };
}

const blank = (...values: Array<string | number>) => values.every((v) => String(v).trim() === '');
const opt = (value: string) => (value.trim() ? value : undefined);

/** What the API receives (before its own validation), and which form row each sent row came from. */
export interface PlanDraft {
  content: {
    legalReferences: Array<{ type: LegalType; number: string; issuer: string; date: string; title?: string }>;
    steeringCommittee?: {
      head: string;
      decision?: { type: 'decision'; number: string; issuer: string; date: string; title?: string };
      members: Array<{ name: string; position: string; organisation?: string }>;
    };
    activities: Array<{ title: string; ownerOrganisation: string; dueDate: string; description?: string }>;
    budget?: { amountVnd: number; source?: string; note?: string };
    targets: Array<{ criterionCode: string; target: string }>;
    notes?: string;
  };
  rows: Record<RowSection, string[]>;
}

/** The content to send: rows left completely empty are dropped, blank optional fields left out. */
export function toDraft(state: PlanFormState): PlanDraft {
  const legal = state.legalReferences.filter((r) => !blank(r.number, r.issuer, r.date, r.title));
  const activities = state.activities.filter((a) => !blank(a.title, a.ownerOrganisation, a.dueDate, a.description));
  const targets = state.targets.filter((t) => !blank(t.criterionCode, t.target));
  const s = state.steering;
  const members = s.members.filter((m) => !blank(m.name, m.position, m.organisation));
  const hasDecision = !blank(s.decisionNumber, s.decisionIssuer, s.decisionDate, s.decisionTitle);
  const hasSteering = !blank(s.head) || hasDecision || members.length > 0;
  const b = state.budget;
  const hasBudget = b.amount !== '' || !blank(b.source, b.note);
  return {
    content: {
      legalReferences: legal.map((r) => ({ type: r.type, number: r.number, issuer: r.issuer, date: r.date, ...(opt(r.title) && { title: r.title }) })),
      ...(hasSteering && {
        steeringCommittee: {
          head: s.head,
          ...(hasDecision && {
            decision: { type: 'decision' as const, number: s.decisionNumber, issuer: s.decisionIssuer, date: s.decisionDate, ...(opt(s.decisionTitle) && { title: s.decisionTitle }) },
          }),
          members: members.map((m) => ({ name: m.name, position: m.position, ...(opt(m.organisation) && { organisation: m.organisation }) })),
        },
      }),
      activities: activities.map((a) => ({
        title: a.title,
        ownerOrganisation: a.ownerOrganisation,
        dueDate: a.dueDate,
        ...(opt(a.description) && { description: a.description }),
      })),
      ...(hasBudget && {
        budget: {
          amountVnd: b.amount === '' ? Number.NaN : b.amount,
          ...(opt(b.source) && { source: b.source }),
          ...(opt(b.note) && { note: b.note }),
        },
      }),
      targets: targets.map((t) => ({ criterionCode: t.criterionCode, target: t.target })),
      ...(opt(state.notes) && { notes: state.notes }),
    },
    rows: { legalReferences: legal.map((r) => r.key), members: members.map((m) => m.key), activities: activities.map((a) => a.key), targets: targets.map((t) => t.key) },
  };
}

const decisionFields: Record<string, string> = { number: 'decisionNumber', issuer: 'decisionIssuer', date: 'decisionDate', title: 'decisionTitle' };

/**
 * The form field an API path points at ("content.legalReferences.1.number" → "legalReferences.<row key>.number"),
 * so a message lands under the input it is about; a section path ("content.activities") names the section.
 */
export function fieldIdOf(path: string, rows: PlanDraft['rows']): string {
  const parts = path.replace(/^content\./, '').split('.');
  const [section, index, field] = parts;
  const row = (name: RowSection, i: string | undefined) => (i === undefined ? undefined : rows[name][Number(i)]);
  switch (section) {
    case 'legalReferences':
    case 'activities':
    case 'targets': {
      const key = row(section, index);
      return key ? [section, key, field].filter(Boolean).join('.') : section;
    }
    case 'steeringCommittee': {
      if (index === 'members') {
        const key = row('members', field);
        return key ? ['members', key, parts[3]].filter(Boolean).join('.') : 'members';
      }
      if (index === 'decision') return `steering.${decisionFields[field ?? ''] ?? 'decisionNumber'}`;
      return index ? `steering.${index}` : 'steering';
    }
    case 'budget':
      return index === 'amountVnd' ? 'budget.amount' : `budget.${index ?? 'amount'}`;
    default:
      return section ?? 'content';
  }
}

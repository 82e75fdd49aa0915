import { describe, expect, it } from 'vitest';
import { fieldIdOf, toDraft, toFormState } from './planForm';

const content = {
  legalReferences: [{ type: 'resolution' as const, number: '15-NQ/ĐU', issuer: 'Đảng ủy phường Đức Ninh Đông', date: '2023-04-21' }],
  steeringCommittee: { head: 'Nguyễn Văn A', members: [{ name: 'Trần Thị B', position: 'Phó ban' }] },
  activities: [{ title: 'Ký cam kết', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' }],
  budget: { amountVnd: 150_000_000 },
  targets: [{ criterionCode: '1.2', target: 'Ban hành nghị quyết trong quý I' }],
};

describe('the plan form', () => {
  it('gives back the same content it was filled from', () => {
    expect(toDraft(toFormState(content)).content).toEqual(content);
  });

  it('starts a blank plan with one empty document and one empty activity, sent as nothing', () => {
    const state = toFormState({ legalReferences: [], activities: [], targets: [] });
    expect(state.legalReferences).toHaveLength(1);
    expect(state.activities).toHaveLength(1);
    expect(toDraft(state).content).toEqual({ legalReferences: [], activities: [], targets: [] });
  });

  it('keeps legal numbers verbatim and sends a steering decision only when one is given', () => {
    const state = toFormState(content);
    state.legalReferences[0]!.number = 'Số: 12/QĐ-UBND';
    state.steering.decisionNumber = '45/QĐ-UBND';
    state.steering.decisionIssuer = 'UBND phường';
    state.steering.decisionDate = '2023-05-02';
    const draft = toDraft(state).content;
    expect(draft.legalReferences[0]!.number).toBe('Số: 12/QĐ-UBND');
    expect(draft.steeringCommittee?.decision).toEqual({ type: 'decision', number: '45/QĐ-UBND', issuer: 'UBND phường', date: '2023-05-02' });
  });

  it('points API paths at the form rows they came from, skipping dropped empty rows', () => {
    const state = toFormState(content);
    state.activities.unshift({ key: 'blank', title: '', ownerOrganisation: '', dueDate: '', description: '' });
    const { rows } = toDraft(state);
    const activityKey = state.activities[1]!.key;
    expect(fieldIdOf('content.activities.0.title', rows)).toBe(`activities.${activityKey}.title`);
    expect(fieldIdOf('content.activities', rows)).toBe('activities');
    expect(fieldIdOf('content.steeringCommittee', rows)).toBe('steering');
    expect(fieldIdOf('content.steeringCommittee.head', rows)).toBe('steering.head');
    expect(fieldIdOf('content.steeringCommittee.decision.date', rows)).toBe('steering.decisionDate');
    expect(fieldIdOf('content.steeringCommittee.members.0.position', rows)).toBe(`members.${state.steering.members[0]!.key}.position`);
    expect(fieldIdOf('content.budget.amountVnd', rows)).toBe('budget.amount');
    expect(fieldIdOf('content.targets.0.criterionCode', rows)).toBe(`targets.${state.targets[0]!.key}.criterionCode`);
  });
});

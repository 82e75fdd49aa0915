import type { PlanContent } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { diffPlans } from './planDiff';

const first: PlanContent = {
  legalReferences: [
    { type: 'resolution', number: '15-NQ/DU', issuer: 'Đảng ủy phường', date: '2023-04-21' },
    { type: 'plan', number: '20/KH-UBND', issuer: 'UBND phường', date: '2023-04-25' },
  ],
  steeringCommittee: { head: 'Nguyễn Văn A', members: [{ name: 'Trần Thị B', position: 'Phó ban' }] },
  activities: [
    { title: 'Ký cam kết', ownerOrganisation: 'Công an phường', dueDate: '2023-06-30' },
    { title: 'Diễn đàn', ownerOrganisation: 'MTTQ phường', dueDate: '2023-08-19' },
  ],
  budget: { amountVnd: 100_000_000 },
  targets: [{ criterionCode: '1.2', target: 'Nghị quyết quý I' }],
};

describe('comparing two submissions of a plan', () => {
  it('finds nothing between identical plans', () => {
    expect(diffPlans(first, structuredClone(first))).toEqual([]);
  });

  it('lists additions, removals and field changes in readable terms', () => {
    const second: PlanContent = structuredClone(first);
    second.legalReferences[0]!.number = '15-NQ/ĐU';
    second.legalReferences.push({ type: 'decision', number: '45/QĐ-UBND', issuer: 'UBND phường', date: '2023-05-02' });
    second.activities = [{ ...first.activities[0]!, dueDate: '2023-07-15' }];
    second.budget = { amountVnd: 150_000_000, source: 'Ngân sách phường' };
    second.targets.push({ criterionCode: '2.1', target: 'Một mô hình tự quản' });
    second.steeringCommittee!.members.push({ name: 'Lê Văn C', position: 'Thành viên' });

    const diff = diffPlans(first, second);
    const brief = diff.map((d) => [d.section, d.kind, d.changes.map((c) => `${c.field}:${c.before}→${c.after}`).join(',')]);
    expect(brief).toEqual([
      ['legalReferences', 'changed', 'number:15-NQ/DU→15-NQ/ĐU'],
      ['legalReferences', 'added', ''],
      ['members', 'added', ''],
      ['activities', 'changed', 'dueDate:2023-06-30→2023-07-15'],
      ['activities', 'removed', ''],
      ['budget', 'changed', 'amountVnd:100000000→150000000,source:undefined→Ngân sách phường'],
      ['targets', 'added', ''],
    ]);
    expect(diff[1]!.item.number).toBe('45/QĐ-UBND');
    expect(diff[4]!.item.title).toBe('Diễn đàn');
  });

  it('notices a steering committee or budget that appears or disappears', () => {
    const second: PlanContent = { ...structuredClone(first), steeringCommittee: undefined, budget: undefined, notes: 'Bổ sung' };
    const diff = diffPlans(first, second).map((d) => `${d.section}:${d.kind}`);
    expect(diff).toEqual(['steeringCommittee:removed', 'members:removed', 'budget:removed', 'notes:added']);
  });
});

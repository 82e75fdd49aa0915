import { describe, expect, it } from 'vitest';
import type { ModelRecord } from '../../../api/types';
import { type ModelFormValues, toModelFields } from './modelForm';
import { modelSpread, possibleSources } from './modelSpread';

const model = (recordId: string, name: string, replicatedFrom?: string, startDate = '2019-08-28'): ModelRecord => ({
  recordId,
  type: 'model',
  wardId: '14785',
  date: startDate,
  fields: { name, kind: 'admin_reform', hostWardId: '14785', startDate, status: 'active', ...(replicatedFrom && { replicatedFrom }) },
  version: 1,
  createdAt: '2019-08-28T00:00:00Z',
  createdBy: 'x',
  updatedAt: '2019-08-28T00:00:00Z',
  updatedBy: 'x',
});

describe('model spread', () => {
  const origin = model('A', 'Cải cách hành chính phục vụ nhân dân');
  const copy1 = model('B', 'Bản sao ở Nam Sơn', 'A', '2020-05-01');
  const copy2 = model('C', 'Bản sao ở Bắc Sơn', 'A', '2020-01-01');
  const copyOfCopy = model('D', 'Bản sao của bản sao', 'B');
  const orphan = model('E', 'Nhân rộng từ phường khác', 'Z');

  it("gives each model its source and its copies, the copies in order of start", () => {
    const spread = modelSpread([origin, copy1, copy2, copyOfCopy, orphan]);
    expect(spread.get('A')!.replicas.map((m) => m.recordId)).toEqual(['C', 'B']);
    expect(spread.get('B')!.source?.recordId).toBe('A');
    expect(spread.get('D')!.source?.recordId).toBe('B');
    expect(spread.get('E')).toMatchObject({ hiddenSource: true, replicas: [] });
  });

  it('never offers a model, or one of its own copies, as its source', () => {
    const all = [origin, copy1, copy2, copyOfCopy];
    expect(possibleSources(all, 'B').map((m) => m.recordId)).toEqual(['A', 'C']);
    expect(possibleSources(all, undefined)).toHaveLength(4);
  });
});

describe('model form', () => {
  const values: ModelFormValues = {
    name: 'Cải cách hành chính phục vụ nhân dân',
    kind: 'admin_reform',
    hostWardId: '14785',
    residentialGroup: ' ',
    startDate: '2019-08-28',
    status: 'active',
    endDate: '',
    replicatedFrom: '',
    decision: { type: 'decision', number: 'Số: 12/QĐ-UBND', issuer: 'UBND phường Đông Sơn', date: '2019-08-20', title: '' },
    chapters: 6,
    articles: 19,
    notes: '',
  };

  it('sends the founding decision verbatim and the regulation as 6 chapters, 19 articles, leaving blanks out', () => {
    expect(toModelFields(values)).toEqual({
      name: values.name,
      kind: 'admin_reform',
      hostWardId: '14785',
      foundingDecision: { type: 'decision', number: 'Số: 12/QĐ-UBND', issuer: 'UBND phường Đông Sơn', date: '2019-08-20' },
      regulation: { chapters: 6, articles: 19 },
      startDate: '2019-08-28',
      status: 'active',
    });
  });

  it('leaves out a founding decision and a regulation nobody typed', () => {
    const fields = toModelFields({ ...values, decision: { ...values.decision, number: '', issuer: '', date: '' }, chapters: '', articles: '', replicatedFrom: 'A' });
    expect(fields).not.toHaveProperty('foundingDecision');
    expect(fields).not.toHaveProperty('regulation');
    expect(fields.replicatedFrom).toBe('A');
  });
});

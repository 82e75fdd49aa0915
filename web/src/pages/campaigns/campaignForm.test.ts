import { describe, expect, it } from 'vitest';
import { type CampaignFormValues, toCampaignInput } from './campaignForm';

const values: CampaignFormValues = {
  name: 'Xây dựng phường điển hình năm 2023',
  description: ' ',
  catalogueId: '01M80NY51EAZ21S3DMG954B9YY',
  catalogueVersion: '2',
  periodStart: '',
  periodEnd: '',
  planDeadline: '2023-04-30',
  assessmentDeadline: '2023-11-30',
  allWards: true,
  wardIds: ['19480'],
};

describe('toCampaignInput', () => {
  it('fills an empty period from the deadlines and sends every ward as an empty list', () => {
    expect(toCampaignInput(values)).toEqual({
      name: values.name,
      catalogueId: values.catalogueId,
      catalogueVersion: 2,
      periodStart: '2023-01-01',
      periodEnd: '2023-12-31',
      planDeadline: '2023-04-30',
      assessmentDeadline: '2023-11-30',
      wardIds: [],
    });
  });

  it('keeps a period typed by hand and the chosen wards', () => {
    const input = toCampaignInput({ ...values, periodStart: '2023-03-01', periodEnd: '2024-02-28', allWards: false });
    expect(input).toMatchObject({ periodStart: '2023-03-01', periodEnd: '2024-02-28', wardIds: ['19480'] });
  });
});

import { describe, expect, it } from 'vitest';
import type { TimelineRecord } from '../../api/types';
import { vi } from '../../i18n/vi';
import { timelineEntry } from './timelineEntry';

const record = (type: TimelineRecord['type'], fields: Record<string, unknown>, date = '2019-08-28'): TimelineRecord => ({
  recordId: '01M80RKM61TCA5EJBDCKGGSE7R',
  type,
  wardId: '14785',
  date,
  fields,
  version: 1,
  createdAt: '',
  createdBy: '',
  updatedAt: '',
  updatedBy: '',
});

describe('ward timeline', () => {
  it('names a forum and its computed opinion counts', () => {
    const forum = record('forum', {
      wardId: '14785',
      title: 'Công an lắng nghe ý kiến nhân dân',
      date: '2019-08-28',
      place: 'Hội trường',
      attendance: 120,
      opinions: [
        { text: 'a', handling: 'accepted', acceptedOn: '2019-08-28', remediedOn: '2019-09-05' },
        { text: 'b', handling: 'answered', answeredOn: '2019-08-29' },
        { text: 'c', handling: 'pending' },
      ],
    });
    expect(timelineEntry(forum, vi)).toEqual({
      kind: 'Diễn đàn',
      title: 'Diễn đàn “Công an lắng nghe ý kiến nhân dân”',
      figures: '120 người tham dự; tiếp nhận 3 ý kiến, đã giải quyết 2',
    });
  });

  it('gives a review its period as the sources say it (2009–2019, 10 năm)', () => {
    const review = record('conference', { kind: 'final', title: 'Tổng kết 10 năm', periodFromYear: 2009, periodToYear: 2019, subject: { type: 'movement' }, date: '2019-08-28', participants: 200 });
    expect(timelineEntry(review, vi)).toEqual({ kind: 'Hội nghị tổng kết', title: 'Tổng kết 10 năm', figures: '2009–2019 (10 năm); 200 người tham dự' });
  });

  it('counts a commitment signing by contents and signatories', () => {
    const signing = record('commitment', { wardId: '14785', date: '2023-03-10', contents: ['a', 'b', 'c'], signatories: [{ kind: 'department', count: 12 }, { kind: 'household', count: 1340 }] });
    expect(timelineEntry(signing, vi).figures).toBe('3 nội dung, 1.352 người ký');
  });
});

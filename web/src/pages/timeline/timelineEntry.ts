import {
  type CitizenForumFields,
  type CommitmentSigningFields,
  type MovementModelFields,
  opinionCounts,
  type ReviewConferenceFields,
  reviewedYears,
} from '@antq/domain';
import type { TimelineRecord } from '../../api/types';
import type { Messages } from '../../i18n';

/** One line of a ward's timeline: the kind of record, its title and its key figures, in words. */
export interface TimelineEntry {
  kind: string;
  title: string;
  figures: string;
}

/** Describes a record of any kind for the timeline (the record's fields are read by its type). */
export function timelineEntry(record: TimelineRecord, t: Messages): TimelineEntry {
  const l = t.labels;
  switch (record.type) {
    case 'model': {
      const f = record.fields as unknown as MovementModelFields;
      return { kind: l.recordKind.model, title: f.name, figures: t.timeline.modelFigures(l.modelKind[f.kind], l.modelStatus[f.status]) };
    }
    case 'commitment': {
      const f = record.fields as unknown as CommitmentSigningFields;
      const signatories = f.signatories.reduce((n, s) => n + s.count, 0);
      return { kind: l.recordKind.commitment, title: t.timeline.commitmentTitle(f.contents.length), figures: t.timeline.commitmentFigures(f.contents.length, signatories) };
    }
    case 'forum': {
      const f = record.fields as unknown as CitizenForumFields;
      const o = opinionCounts(f.opinions);
      return { kind: l.recordKind.forum, title: t.timeline.forumTitle(f.title), figures: t.timeline.forumFigures(f.attendance, o.received, o.resolved) };
    }
    case 'conference': {
      const f = record.fields as unknown as ReviewConferenceFields;
      const period = t.movement.period(f.periodFromYear, f.periodToYear, reviewedYears(f));
      return { kind: l.conferenceKind[f.kind], title: f.title, figures: t.timeline.conferenceFigures(period, f.participants) };
    }
    default: {
      const title = (record.fields as { title?: unknown }).title;
      return { kind: l.recordKind[record.type], title: typeof title === 'string' ? title : '', figures: '' };
    }
  }
}

import { opinionCounts, type Opinion } from '@antq/domain';
import type { ForumFieldsInput, ForumRecord } from '../../../api/types';
import type { Problems } from '../shared/problems';
import { newRowKey } from '../shared/rowKey';

export type Handling = Opinion['handling'];

export interface OpinionRow {
  key: string;
  text: string;
  handling: Handling;
  acceptedOn: string;
  remediedOn: string;
  answeredOn: string;
}

/** A citizen forum while it is typed; "received / resolved" are computed from the opinions, never typed. */
export interface ForumFormValues {
  wardId: string;
  title: string;
  date: string;
  place: string;
  attendance: number | '';
  opinions: OpinionRow[];
}

export const DEFAULT_FORUM_TITLE = 'Công an lắng nghe ý kiến nhân dân';

export const emptyOpinion = (): OpinionRow => ({ key: newRowKey(), text: '', handling: 'pending', acceptedOn: '', remediedOn: '', answeredOn: '' });

export function forumFormValues(record: ForumRecord | undefined, wardId: string): ForumFormValues {
  const f = record?.fields;
  return {
    wardId: f?.wardId ?? wardId,
    title: f?.title ?? DEFAULT_FORUM_TITLE,
    date: f?.date ?? '',
    place: f?.place ?? '',
    attendance: f?.attendance ?? '',
    opinions: (f?.opinions ?? []).map((o) => ({
      key: newRowKey(),
      text: o.text,
      handling: o.handling,
      acceptedOn: o.acceptedOn ?? '',
      remediedOn: o.remediedOn ?? '',
      answeredOn: o.answeredOn ?? '',
    })),
  };
}

/** One opinion as sent: only the dates its handling uses. */
export function toOpinion(row: OpinionRow): Opinion {
  const dates =
    row.handling === 'accepted'
      ? { ...(row.acceptedOn && { acceptedOn: row.acceptedOn }), ...(row.remediedOn && { remediedOn: row.remediedOn }) }
      : row.handling === 'answered'
        ? { ...(row.answeredOn && { answeredOn: row.answeredOn }) }
        : {};
  return { text: row.text, handling: row.handling, ...dates };
}

export function toForumFields(v: ForumFormValues): ForumFieldsInput {
  return {
    wardId: v.wardId,
    title: v.title.trim() ? v.title : DEFAULT_FORUM_TITLE,
    date: v.date,
    place: v.place,
    attendance: v.attendance === '' ? Number.NaN : v.attendance,
    opinions: v.opinions.map(toOpinion),
  };
}

/** "Tiếp nhận n ý kiến, đã giải quyết m", as the form stands. */
export const formCounts = (v: ForumFormValues) => opinionCounts(v.opinions.map(toOpinion));

export function blankForumProblems(v: ForumFormValues, message: string): Problems {
  const found: Problems = {};
  if (!v.wardId) found.wardId = [message];
  if (!v.date) found.date = [message];
  if (!v.place.trim()) found.place = [message];
  if (v.attendance === '') found.attendance = [message];
  v.opinions.forEach((o, i) => {
    if (!o.text.trim()) found[`opinions.${i}.text`] = [message];
  });
  return found;
}

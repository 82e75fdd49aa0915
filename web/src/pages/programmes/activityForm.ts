import type { ProgrammeSide } from '@antq/domain';
import type { ActivityFieldsInput, ActivityRecord } from '../../api/types';
import type { Problems } from '../movement/shared/problems';

export type ActivityStatus = 'planned' | 'done' | 'cancelled';

/** A programme activity while it is typed. */
export interface ActivityFormValues {
  title: string;
  responsibleSide: ProgrammeSide;
  memberOrganisation: string;
  wardIds: string[];
  dueDate: string;
  status: ActivityStatus;
  doneOn: string;
  result: string;
}

export function activityFormValues(record?: ActivityRecord): ActivityFormValues {
  const f = record?.fields;
  return {
    title: f?.title ?? '',
    responsibleSide: f?.responsibleSide ?? 'police',
    memberOrganisation: f?.memberOrganisation ?? '',
    wardIds: f?.wardIds ?? [],
    dueDate: f?.dueDate ?? '',
    status: f?.status ?? 'planned',
    doneOn: f?.doneOn ?? '',
    result: f?.result ?? '',
  };
}

/** The fields to send: the day it was done only for a done activity; a member organisation only for that side. */
export function toActivityFields(v: ActivityFormValues): ActivityFieldsInput {
  return {
    title: v.title,
    responsibleSide: v.responsibleSide,
    ...(v.memberOrganisation.trim() && { memberOrganisation: v.memberOrganisation }),
    wardIds: v.wardIds,
    dueDate: v.dueDate,
    status: v.status,
    ...(v.status === 'done' && v.doneOn && { doneOn: v.doneOn }),
    ...(v.result.trim() && { result: v.result }),
  };
}

export function blankActivityProblems(v: ActivityFormValues, message: string): Problems {
  const found: Problems = {};
  if (!v.title.trim()) found.title = [message];
  if (!v.dueDate) found.dueDate = [message];
  if (v.status === 'done' && !v.doneOn) found.doneOn = [message];
  return found;
}

import { type ProgrammeSide, programmeSideLabels } from '@antq/domain';
import type { ProgrammeFieldsInput, ProgrammeRecord } from '../../api/types';
import { type LegalValues, legalValuesOf, toLegalReference } from '../movement/shared/legalReference';
import type { Problems } from '../movement/shared/problems';
import { newRowKey } from '../movement/shared/rowKey';

export interface PartyRow {
  key: string;
  side: ProgrammeSide;
  name: string;
}

/** A joint programme while it is typed; the number kept exactly as typed. */
export interface ProgrammeFormValues {
  documentNumber: string;
  title: string;
  parties: PartyRow[];
  nationalFromYear: number | '';
  nationalToYear: number | '';
  renewalOf: string;
  districtPlan: LegalValues;
  notes: string;
}

/** A party of the given side, named as the side until the coordinator types the agency's name. */
export const partyRow = (side: ProgrammeSide, name: string = programmeSideLabels[side]): PartyRow => ({ key: newRowKey(), side, name });

/** A new programme starts with the two parties every joint programme has: the police and the Front. */
export function programmeFormValues(record?: ProgrammeRecord): ProgrammeFormValues {
  const f = record?.fields;
  return {
    documentNumber: f?.documentNumber ?? '',
    title: f?.title ?? '',
    parties: f ? f.parties.map((p) => partyRow(p.side, p.name)) : [partyRow('police'), partyRow('front')],
    nationalFromYear: f?.nationalFromYear ?? '',
    nationalToYear: f?.nationalToYear ?? '',
    renewalOf: f?.renewalOf ?? '',
    districtPlan: legalValuesOf(f?.districtPlan, 'plan'),
    notes: f?.notes ?? '',
  };
}

export function toProgrammeFields(v: ProgrammeFormValues): ProgrammeFieldsInput {
  const districtPlan = toLegalReference(v.districtPlan);
  return {
    documentNumber: v.documentNumber,
    title: v.title,
    parties: v.parties.map((p) => ({ side: p.side, name: p.name })),
    nationalFromYear: v.nationalFromYear === '' ? Number.NaN : v.nationalFromYear,
    nationalToYear: v.nationalToYear === '' ? Number.NaN : v.nationalToYear,
    ...(v.renewalOf.trim() && { renewalOf: v.renewalOf }),
    ...(districtPlan && { districtPlan }),
    ...(v.notes.trim() && { notes: v.notes }),
  };
}

export function blankProgrammeProblems(v: ProgrammeFormValues, message: string): Problems {
  const found: Problems = {};
  if (!v.documentNumber.trim()) found.documentNumber = [message];
  if (!v.title.trim()) found.title = [message];
  if (v.nationalFromYear === '') found.nationalFromYear = [message];
  if (v.nationalToYear === '') found.nationalToYear = [message];
  v.parties.forEach((p, i) => {
    if (!p.name.trim()) found[`parties.${i}.name`] = [message];
  });
  return found;
}

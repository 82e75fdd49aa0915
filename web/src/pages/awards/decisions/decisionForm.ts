import { type AuthorityLevel, type DecisionFields, unitInProse, unitPlace } from '@antq/domain';
import type { Problems } from '../../movement/shared/problems';
import type { NominationOutput } from '../types';

export interface LineChoice {
  chosen: boolean;
  formCode: string;
}

/** A decision while it is typed; its lines are the accepted nominations, each chosen or not, with a form. */
export interface DecisionFormValues {
  authorityLevel: AuthorityLevel;
  issuingBody: string;
  number: string;
  date: string;
  place: string;
  signerName: string;
  signerTitle: string;
  lines: Record<string, LineChoice>;
}

/**
 * "Kiến An" from "Quận Kiến An", "Đồng Hới" from the catalogue's "Thành Phố Đồng Hới": the place
 * name a decision is dated at ("Kiến An, ngày 20 tháng 12 năm 2024"), see `unitPlace`.
 */
export const placeOf = unitPlace;

/**
 * A new decision as the district usually issues it: its People's Committee at district level,
 * signed by the Chairman, dated at the district's place; every accepted nomination offered, none
 * chosen yet, each with the form it proposed.
 */
export function newDecisionValues(districtName: string, accepted: readonly NominationOutput[], defaults: { issuingBody: (district: string) => string; signerTitle: string }): DecisionFormValues {
  return {
    authorityLevel: 'district',
    // "Ủy ban nhân dân thành phố Đồng Hới": the unit in prose style, whatever the catalogue's casing.
    issuingBody: districtName ? defaults.issuingBody(unitInProse(districtName)) : '',
    number: '',
    date: '',
    place: placeOf(districtName),
    signerName: '',
    signerTitle: defaults.signerTitle,
    lines: Object.fromEntries(accepted.map((n) => [n.nominationId, { chosen: false, formCode: n.fields.proposedFormCode }])),
  };
}

/** The chosen lines in the order the list shows them (the decision's annex keeps that order). */
export function chosenLines(v: DecisionFormValues, accepted: readonly NominationOutput[]): DecisionFields['lines'] {
  return accepted.filter((n) => v.lines[n.nominationId]?.chosen).map((n) => ({ nominationId: n.nominationId, formCode: v.lines[n.nominationId]!.formCode }));
}

export function toDecisionFields(v: DecisionFormValues, lines: DecisionFields['lines']): DecisionFields {
  return {
    authorityLevel: v.authorityLevel,
    issuingBody: v.issuingBody,
    number: v.number,
    date: v.date,
    place: v.place,
    signer: { name: v.signerName, title: v.signerTitle },
    lines,
  };
}

/**
 * The API names a line by its place in what was sent ("lines.0.formCode"); the form shows the
 * problem on that nomination's row, found through the order sent (the checklist may have changed
 * since). What is not about one line (a number, a date, too many lines) stays in `rest`.
 */
export function splitLineProblems(problems: Problems, sent: readonly string[]): { byNomination: Record<string, string[]>; rest: Problems } {
  const byNomination: Record<string, string[]> = {};
  const rest: Problems = {};
  for (const [path, messages] of Object.entries(problems)) {
    const line = /^lines\.(\d+)(\.|$)/.exec(path);
    const id = line ? sent[Number(line[1])] : undefined;
    if (id) byNomination[id] = [...(byNomination[id] ?? []), ...messages];
    else rest[path] = messages;
  }
  return { byNomination, rest };
}

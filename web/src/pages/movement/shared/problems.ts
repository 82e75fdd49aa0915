import { describeIssues } from '@antq/domain';
import { useState } from 'react';
import type { z } from 'zod';
import { errorCodeOf, fieldErrorsOf } from '../../../api/errors';
import { localizeFieldErrors } from '../../../i18n/fieldMessages';

/** Messages by the path of a field inside a record's `fields` ("name", "opinions.0.answeredOn"). */
export type Problems = Record<string, string[]>;

/** What the shared schema finds wrong with the fields before they are sent (the API checks again). */
export function problemsOf(schema: z.ZodType, fields: unknown): Problems {
  const parsed = schema.safeParse(fields);
  return parsed.success ? {} : localizeFieldErrors(describeIssues(parsed.error).fieldErrors);
}

/** The API's field problems keyed the same way: its paths start with "fields.". */
export function serverProblemsOf(error: unknown): Problems {
  if (errorCodeOf(error) !== 'BAD_REQUEST') return {};
  return Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([path, messages]) => [path.replace(/^fields\.?/, '') || 'fields', messages]));
}

/** Adds "please fill in" for every listed field left blank. */
export function blankProblems(values: Record<string, unknown>, required: readonly string[], message: string): Problems {
  const found: Problems = {};
  for (const key of required) {
    const value = values[key];
    if (value === '' || value === undefined || (typeof value === 'string' && value.trim() === '')) found[key] = [message];
  }
  return found;
}

/**
 * A form's problems: those found before sending while there are any, else the API's. `errorOf`
 * gives the first message for a field; `firstUnder` the first for a field or any of its rows.
 */
export function useProblems(error: unknown) {
  const [local, setLocal] = useState<Problems>({});
  const problems = Object.keys(local).length > 0 ? local : serverProblemsOf(error);
  const errorOf = (path: string) => problems[path]?.[0];
  const firstUnder = (prefix: string) => {
    const entry = Object.entries(problems).find(([path]) => path === prefix || path.startsWith(`${prefix}.`));
    return entry ? { path: entry[0], message: entry[1][0] } : undefined;
  };
  return { problems, local, setLocal, errorOf, firstUnder };
}

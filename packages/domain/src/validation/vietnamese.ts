import { z } from 'zod';
import { vi } from 'zod/locales';
import { fieldMessage, positionOf } from './labels.js';

export * from './labels.js';

// Every schema in the product reports in Vietnamese, naming the field by its label, unless it
// names its own message: the console, the API and the ward client all import this module through
// the package index. zod's own Vietnamese messages remain for problems `fieldMessage` does not know.
z.config(vi());
z.config({ customError: (issue) => fieldMessage(issue as Parameters<typeof fieldMessage>[0]) });

/** One validation problem, with the dotted path of the field it concerns. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Anything that lists issues the way zod does: a ZodError, or a rule violation found after parsing. */
export interface IssueList {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

export const hasIssues = (value: unknown): value is IssueList =>
  typeof value === 'object' && value !== null && Array.isArray((value as IssueList).issues);

/**
 * Turns a ZodError (or another issue list) into field paths and messages that a user can act on,
 * and one sentence for all of them: the messages in plain words, each with where it is in a list
 * ("Ngày trả lời: cần nhập (ý kiến 2)"), without the technical paths the field errors keep.
 */
export function describeIssues(error: IssueList): { fieldErrors: Record<string, string[]>; issues: FieldIssue[]; summary: string } {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(gốc)',
    message: issue.message,
  }));
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of issues) (fieldErrors[path] ??= []).push(message);
  const summary = [
    ...new Set(
      error.issues.map((issue) => {
        const at = positionOf(issue.path);
        return at ? `${issue.message} (${at})` : issue.message;
      }),
    ),
  ].join('; ');
  return { fieldErrors, issues, summary };
}

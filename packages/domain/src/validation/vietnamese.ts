import { z } from 'zod';
import { vi } from 'zod/locales';

// Every schema in the product reports in Vietnamese unless it names its own message:
// the console, the API and the ward client all import this module through the package index.
z.config(vi());

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

/** Turns a ZodError (or another issue list) into field paths and messages that a user can act on. */
export function describeIssues(error: IssueList): { fieldErrors: Record<string, string[]>; issues: FieldIssue[] } {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(gốc)',
    message: issue.message,
  }));
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of issues) (fieldErrors[path] ??= []).push(message);
  return { fieldErrors, issues };
}

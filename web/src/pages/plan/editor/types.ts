/** Finds the message for a form field (ids like "legalReferences.<row key>.number"). */
export type ErrorOf = (fieldId: string) => string | undefined;

import { pathToFileURL } from 'node:url';

/** The writers module's shape, for type-only use: importing it for its values would bundle it. */
export type DocumentWriters = typeof import('./writers.js');

/** Loads the writers on the first file request and keeps them for the following ones. */
export type DocumentWritersLoader = () => Promise<DocumentWriters>;

/** Remembers the first load (a failed one is retried on the next request). */
export function onceLoaded(load: DocumentWritersLoader): DocumentWritersLoader {
  let pending: Promise<DocumentWriters> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/**
 * The writers bundled as their own file (the Lambda's `document-writers.cjs`), imported by path.
 * The specifier is computed, so the bundler leaves the import alone instead of inlining the
 * writers into the handler's bundle.
 */
export function writersAt(path: string): DocumentWritersLoader {
  return onceLoaded(async () => {
    const loaded = (await import(pathToFileURL(path).href)) as DocumentWriters & { default?: DocumentWriters };
    // A CommonJS bundle arrives as the namespace's default export; its names are on it.
    return typeof loaded.awardDecisionDocx === 'function' ? loaded : (loaded.default as DocumentWriters);
  });
}

import { useState } from 'react';

/**
 * The record a form edits, read again after a conflict: `reload` fetches the current version and
 * bumps `generation`, which the form uses as its key so it starts again from the fresh record.
 */
export function useReloadable<R>(initial: R | undefined, fetchFresh: (record: R) => Promise<R>) {
  const [record, setRecord] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    if (record) setRecord(await fetchFresh(record));
    setGeneration((g) => g + 1);
  };
  return { record, generation, reload };
}

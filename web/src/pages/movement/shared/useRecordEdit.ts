import { useInvalidateMovement } from './useInvalidateMovement';
import { useReloadable } from './useReloadable';

/** What a save mutation (wrapped by `useIntent`) must offer; the tRPC ones all do. */
interface SaveIntent<I> {
  isPending: boolean;
  error: unknown;
  reset: () => void;
  run: (input: I, options: { onSuccess: () => Promise<void> }) => void;
}

/** Every record's save input: the record (absent for a new one), its fields and the version the user saw. */
interface SaveInput {
  recordId?: string;
  fields: unknown;
  expectedVersion: number;
}

interface Options<R, I extends SaveInput> {
  initial: R | undefined;
  save: SaveIntent<I>;
  /** The record's current version from the server, after a conflict. */
  reread: (record: R) => Promise<R>;
  /** What the input needs beyond the record itself (the programme an activity belongs to). */
  extra?: Omit<I, keyof SaveInput>;
  /** Runs after a save, once lists, figures and programme pages have read again; then the dialog closes. */
  onSaved: () => void;
  onClose: () => void;
}

/**
 * The part every add/edit dialog shares: the record edited (read again after a conflict), and the
 * form's pending/error/cancel/reload/submit. Submitting sends the record's version as the expected
 * one, so a concurrent edit is refused rather than overwritten; `save.run` keeps one idempotency key
 * per intent, so a retry after a network failure is carried out once.
 */
export function useRecordEdit<R extends { recordId: string; version: number }, I extends SaveInput>({
  initial,
  save,
  reread,
  extra,
  onSaved,
  onClose,
}: Options<R, I>) {
  const invalidate = useInvalidateMovement();
  const { record, generation, reload } = useReloadable(initial, (r) => {
    // The conflict's error would otherwise stay above the form that now shows the fresh record.
    save.reset();
    return reread(r);
  });
  const onSubmit = (fields: I['fields']) =>
    save.run({ ...extra, ...(record && { recordId: record.recordId }), fields, expectedVersion: record?.version ?? 0 } as I, {
      onSuccess: async () => {
        await invalidate();
        onSaved();
        onClose();
      },
    });
  return {
    record,
    generation,
    form: { pending: save.isPending, error: save.error, onCancel: onClose, onReload: () => void reload(), onSubmit },
  };
}

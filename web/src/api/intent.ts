import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/** A fresh idempotency key; `crypto.randomUUID` needs a secure context, so fall back to random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** JSON with sorted keys, so the same request always gives the same fingerprint. */
export function fingerprintOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Remembers one user intent's idempotency key: asking again for the same request (a retry after a
 * network failure or an error) gives the same key, so the server carries it out at most once; a
 * different request, or the same one after it succeeded, gets a new key.
 */
export class IntentKeys {
  private current: { fingerprint: string; key: string } | undefined;
  constructor(private readonly generate: () => string = newIdempotencyKey) {}

  keyFor(request: unknown): string {
    const fingerprint = fingerprintOf(request);
    if (this.current?.fingerprint !== fingerprint) this.current = { fingerprint, key: this.generate() };
    return this.current.key;
  }

  /** The intent was carried out: the next request, even an identical one, is a new intent. */
  done(key: string): void {
    if (this.current?.key === key) this.current = undefined;
  }
}

type WithoutKey<T> = T extends { idempotencyKey: string } ? Omit<T, 'idempotencyKey'> : T;

/**
 * Runs a mutation that needs an idempotency key, adding the key of the current intent.
 * `run(input)` is `mutate(input + key)`, reusing the key when the same input is sent again.
 */
export function useIntent<TData, TError, TVariables extends { idempotencyKey: string }, TContext>(
  mutation: UseMutationResult<TData, TError, TVariables, TContext>,
) {
  const keys = useRef<IntentKeys | null>(null);
  keys.current ??= new IntentKeys();
  const { mutate, mutateAsync } = mutation;

  const prepare = useCallback((input: WithoutKey<TVariables>) => {
    const key = keys.current!.keyFor(input);
    return { key, variables: { ...input, idempotencyKey: key } as unknown as TVariables };
  }, []);

  const run = useCallback(
    (input: WithoutKey<TVariables>, options?: MutateOptions<TData, TError, TVariables, TContext>) => {
      const { key, variables } = prepare(input);
      mutate(variables, {
        ...options,
        onSuccess: (...args) => {
          keys.current!.done(key);
          return options?.onSuccess?.(...args);
        },
      });
    },
    [mutate, prepare],
  );

  const runAsync = useCallback(
    async (input: WithoutKey<TVariables>) => {
      const { key, variables } = prepare(input);
      const result = await mutateAsync(variables);
      keys.current!.done(key);
      return result;
    },
    [mutateAsync, prepare],
  );

  return { ...mutation, run, runAsync };
}

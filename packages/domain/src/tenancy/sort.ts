const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Compares two Vietnamese names the way a Vietnamese reader orders them ("Phường 2" before "Phường 10"). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

/** Returns a copy sorted by a Vietnamese name. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(name(a), name(b)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date a person typed: dd/mm/yyyy (also d/m/yyyy, with - or . between, or 8 digits
 * ddmmyyyy), or ISO yyyy-mm-dd. Returns the ISO date, '' for nothing typed, or undefined when
 * the text is not a real calendar date (31/02/2023).
 */
export function parseDateInput(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return '';
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else if (digits) [day, month, year] = [Number(digits[1]), Number(digits[2]), Number(digits[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An ISO date as typed in the console: dd/mm/yyyy ('' stays ''). */
export function toDateInput(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * Folds Vietnamese text for searching: lower case, no tone or vowel marks, "đ" as "d",
 * so "duc ninh" finds "Phường Đức Ninh Đông" and "hoà" finds "Hòa".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a name contains the search text, ignoring case and diacritics. */
export function matchesSearch(name: string, search: string): boolean {
  const wanted = foldVietnamese(search);
  return wanted === '' || foldVietnamese(name).includes(wanted);
}

/**
 * A document number as prose writes it after "số": verbatim, but without the "Số:" a clerk may have
 * typed in front ("Số: 318/QĐ-UBND" → "318/QĐ-UBND"), so "quyết định số Số: 318/QĐ-UBND" never shows.
 */
export function numberInProse(number: string): string {
  return number.normalize('NFC').replace(/^\s*số\s*:?\s*/iu, '').trim();
}

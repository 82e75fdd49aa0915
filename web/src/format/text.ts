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

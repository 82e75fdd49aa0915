const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(isoDate: string): { day: number; month: number; year: number } {
  const match = isoPattern.exec(isoDate);
  if (!match) throw new RangeError(`Ngày không hợp lệ (cần yyyy-mm-dd): ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date rolls 2023-02-30 over to March; a document must never show a date that does not exist.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Ngày không tồn tại: ${isoDate}`);
  }
  return { day, month, year };
}

/**
 * "ngày 05 tháng 01 năm 2023". Nghị định 30/2020/NĐ-CP writes days below 10 and the months
 * 1 and 2 with a leading zero (so "tháng 01" cannot be read as the start of "tháng 10"/"11"/"12"
 * when a digit is added by hand), and every other month without one.
 */
export function vietnameseDate(isoDate: string): string {
  const { day, month, year } = parts(isoDate);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** The place-and-date line under the national motto: "Kiến An, ngày 30 tháng 5 năm 2023". */
export function vietnameseLongDate(place: string, isoDate: string): string {
  return `${place.trim()}, ${vietnameseDate(isoDate)}`;
}

/** "12/9/2023" for table cells, where the long form would not fit; same zero rule as above. */
export function vietnameseShortDate(isoDate: string): string {
  const { day, month, year } = parts(isoDate);
  return `${String(day).padStart(2, '0')}/${month <= 2 ? String(month).padStart(2, '0') : month}/${year}`;
}

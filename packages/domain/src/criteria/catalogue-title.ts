/**
 * A criteria set named with its number of criteria, once: "Bộ tiêu chí an toàn về ANTT" and 34 →
 * "Bộ tiêu chí an toàn về ANTT, 34 tiêu chí"; a title that already counts them ("(Mẫu) Xã, phường
 * … — 34 tiêu chí") is left as it is rather than read "— 34 tiêu chí, 34 tiêu chí".
 *
 * @example `Đợt “Đánh giá năm 2024” (${catalogueWithCount(title, 34)})`
 */
export function catalogueWithCount(title: string, criteriaCount: number, separator = ', '): string {
  const clean = title.trim();
  if (titleCountsCriteria(clean, criteriaCount)) return clean;
  return `${clean}${separator}${criteriaCount.toLocaleString('vi-VN')} tiêu chí`;
}

/** Whether the title already says how many criteria the set has. */
export function titleCountsCriteria(title: string, criteriaCount: number): boolean {
  const count = criteriaCount.toLocaleString('vi-VN');
  return new RegExp(`(^|[^\\d.])(${criteriaCount}|${count.replace('.', '\\.')})\\s+tiêu chí`, 'iu').test(title);
}

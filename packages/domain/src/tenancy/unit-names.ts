/**
 * Administrative unit names as documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục II "Viết hoa
 * trong văn bản hành chính", tên địa lý): inside a sentence the level is a common noun in lower
 * case and only the proper name is capitalised ("thành phố Đồng Hới", "Ủy ban nhân dân quận Kiến
 * An"), whatever casing the GSO catalogue uses ("Thành Phố Đồng Hới"). A level followed by a number
 * keeps its capital ("Phường 1", "Quận 1"), and "Thành phố Hồ Chí Minh" is a fixed spelling.
 *
 * The decree also keeps the capital for units named after a person or a historical event
 * ("Phường Điện Biên Phủ"); the catalogue does not say which names those are, so they are written
 * like any other name and a clerk corrects the rare case by hand.
 */

// Longest first, so "Thành phố" is not read as a unit named "phố …" and "Thị xã" not as "Thị …".
const levels = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];
const fixedNames = ['thành phố hồ chí minh'];

export interface UnitNameParts {
  /** The level in lower case ("thành phố"), absent when the name does not start with one. */
  level?: string;
  /** The proper name as the catalogue spells it ("Đồng Hới", "1"). */
  proper: string;
  /** True when the level keeps its capital in prose: a number after it, or a fixed spelling. */
  capitalLevel: boolean;
}

const lower = (s: string) => s.toLocaleLowerCase('vi');
const tidy = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
const sentenceCase = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * "Thành Phố Đồng Hới" → { level: "thành phố", proper: "Đồng Hới" }; a name that does not start
 * with a level ("Kiến An") is all proper name.
 */
export function unitNameParts(name: string): UnitNameParts {
  const clean = tidy(name);
  const level = levels.find((l) => lower(clean).startsWith(`${l} `));
  if (!level) return { proper: clean, capitalLevel: false };
  const proper = clean.slice(level.length + 1).trim();
  return { level, proper, capitalLevel: /^\d/.test(proper) || fixedNames.includes(lower(clean)) };
}

/**
 * The name as written inside a sentence: "Thành Phố Đồng Hới" → "thành phố Đồng Hới", "Quận Kiến
 * An" → "quận Kiến An", "Phường 1" → "Phường 1", "Thành phố Hồ Chí Minh" unchanged.
 */
export function unitInProse(name: string): string {
  const { level, proper, capitalLevel } = unitNameParts(name);
  if (!level) return proper;
  return `${capitalLevel ? sentenceCase(level) : level} ${proper}`;
}

/**
 * The name where it starts a line or a table cell: the prose form with its first letter
 * capitalised, "Thành Phố Đồng Hới" → "Thành phố Đồng Hới".
 */
export function unitLabel(name: string): string {
  return sentenceCase(unitInProse(name));
}

/**
 * The place a unit's documents are dated at ("Đồng Hới, ngày 31 tháng 12 năm 2023"): the proper
 * name alone, except units named by a number or with a fixed spelling, which keep their full
 * name ("Phường 1, ngày …", "Thành phố Hồ Chí Minh, ngày …").
 */
export function unitPlace(name: string): string {
  const { level, proper, capitalLevel } = unitNameParts(name);
  return level && capitalLevel ? unitInProse(name) : proper;
}

const organAbbreviations: Array<[RegExp, string]> = [
  [/^(?:UBND|U[ỷỶ] ban nhân dân)(?=\s|$)/iu, 'Ủy ban nhân dân'],
  [/^(?:HĐND)(?=\s|$)/iu, 'Hội đồng nhân dân'],
];
const levelInBody = new RegExp(`(^|\\s)(${levels.join('|')})\\s+(?=[\\p{Lu}\\d])`, 'iu');

/**
 * A body named after its unit, as written in prose and in the documents it issues: the organ in
 * full and the unit in prose style. "UBND Thành Phố Đồng Hới" → "Ủy ban nhân dân thành phố Đồng
 * Hới", "Công an Quận Kiến An" → "Công an quận Kiến An"; a body without a unit is only tidied.
 */
export function bodyInProse(body: string): string {
  let clean = tidy(body);
  for (const [pattern, full] of organAbbreviations) clean = clean.replace(pattern, full);
  const match = levelInBody.exec(clean);
  if (!match || match.index === 0) return match ? unitInProse(clean) : clean;
  const at = match.index + match[1]!.length;
  return `${clean.slice(0, at)}${unitInProse(clean.slice(at))}`;
}

/** The unit a body is named after, in prose style: "Ủy ban nhân dân quận Kiến An" → "quận Kiến An". */
export function unitOfBody(body: string): string | undefined {
  const clean = bodyInProse(body);
  const match = levelInBody.exec(clean);
  return match ? clean.slice(match.index + match[1]!.length) : undefined;
}

/** A People's Committee or People's Council, at any level ("Ủy ban nhân dân quận Kiến An", "UBND phường Đông Sơn"). */
export function isPeoplesBody(body: string): boolean {
  return /^(Ủy ban nhân dân|Hội đồng nhân dân)(\s|$)/iu.test(bodyInProse(body));
}

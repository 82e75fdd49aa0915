import type { AuthorityLevel, RecipientKind } from './decision.js';

export const kindOrder: RecipientKind[] = ['collective', 'individual', 'household'];
export const kindLabel: Record<RecipientKind, string> = { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' };

/** "a", "a và b", "a, b và c". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** "12 tập thể và 10 cá nhân" for the kinds present, in a fixed order. */
export function countPhrase(counts: Partial<Record<RecipientKind, number>>): string {
  return joinVi(kindOrder.filter((k) => counts[k]).map((k) => `${counts[k]} ${kindLabel[k]}`));
}

export const kindsPhrase = (kinds: Iterable<RecipientKind>): string => {
  const present = new Set(kinds);
  return joinVi(kindOrder.filter((k) => present.has(k)).map((k) => kindLabel[k]));
};

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * A deputy signs "KT." on behalf of the head (Nghị định 30, Phụ lục I): "Phó Chủ tịch" signs
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", a vice-minister "KT. BỘ TRƯỞNG / THỨ TRƯỞNG". The head's title
 * also names the authority the decision is issued under.
 */
export function headTitle(signerTitle: string): { head: string; deputy: boolean } {
  const title = signerTitle.trim().replace(/\s+/g, ' ');
  if (/^thứ trưởng$/i.test(title)) return { head: 'Bộ trưởng', deputy: true };
  const deputy = /^phó\s+/i.exec(title);
  if (deputy) return { head: capitalise(title.slice(deputy[0].length)), deputy: true };
  return { head: capitalise(title), deputy: false };
}

/** "Chủ tịch Ủy ban nhân dân quận Kiến An", "Bộ trưởng Bộ Công an", "Thủ tướng Chính phủ". */
export const authorityName = (signerTitle: string, issuingBody: string): string =>
  `${headTitle(signerTitle).head} ${issuingBody.trim()}`;

const peoplesCommittee = /^(ủy ban nhân dân|ubnd)\s+/i;

/** Who carries out the decision on the issuer's side (Điều 3). */
export function officeHead(level: AuthorityLevel, issuingBody: string): string {
  const body = issuingBody.trim();
  const unit = body.replace(peoplesCommittee, '');
  if (unit !== body && (level === 'ward' || level === 'district')) {
    return `Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${unit}`;
  }
  if (level === 'government') return 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ';
  return `Chánh Văn phòng ${body}`;
}

/**
 * The laws cited in force on the decision date. Law 06/2022/QH15 and its Decree 98/2023/NĐ-CP
 * apply from 1/1/2024; earlier decisions cite the 2003 law as amended and Decree 91/2017/NĐ-CP.
 * People's committees also cite the local government law of the day.
 */
export function decisionGrounds(level: AuthorityLevel, date: string): string[] {
  const lines: string[] = [];
  if (level === 'ward' || level === 'district' || level === 'province') {
    if (date >= '2025-07-01') lines.push('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025');
    else if (date >= '2025-03-01') lines.push('Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025');
    else {
      lines.push(
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
      );
    }
  }
  if (date >= '2024-01-01') {
    lines.push('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022');
    lines.push('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng');
  } else {
    lines.push(
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
    );
    lines.push('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng');
  }
  return lines;
}

/** Grounds end with ";" and the last one, just before "QUYẾT ĐỊNH:", with ".". */
export function punctuateGrounds(lines: string[]): string[] {
  const bare = lines.map((l) => l.trim().replace(/[;.,]+$/, '')).filter(Boolean);
  return bare.map((l, i) => `${l}${i === bare.length - 1 ? '.' : ';'}`);
}

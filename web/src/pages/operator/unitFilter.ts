import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldVietnamese } from '../../format';

/** Every word typed, in any order, without diacritics: "ba don" finds "Thị xã Ba Đồn", "quang binh" "Tỉnh Quảng Bình". */
export function matchesWords(label: string, search: string): boolean {
  const words = foldVietnamese(search).split(' ').filter(Boolean);
  const folded = foldVietnamese(label);
  return words.every((w) => folded.includes(w));
}

/** A Select's filter that searches the Vietnamese way (Mantine's own only ignores case). */
export const vietnameseFilter: OptionsFilter = ({ options, search }) => {
  const isItem = (o: ComboboxParsedItem): o is ComboboxItem => 'value' in o;
  return options.filter((o) => !isItem(o) || matchesWords(o.label, search));
};

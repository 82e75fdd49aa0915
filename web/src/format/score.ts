import { formatNumber } from './number';

/** A score the way districts report it: "18/22", "7,5/10". */
export function formatScore(value: number, max: number): string {
  return `${formatNumber(value)}/${formatNumber(max)}`;
}

import { formatNumber } from './number';

/** An amount in đồng with Vietnamese separators: "150.000.000 đồng". */
export function formatVnd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '—';
  return `${formatNumber(amount)} đồng`;
}

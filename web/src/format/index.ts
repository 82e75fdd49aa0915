export { formatDate } from './date';
export { formatNumber } from './number';
export { foldVietnamese, matchesSearch } from './text';

export { formatDate } from './date';
export { parseDateInput, toDateInput } from './dateInput';
export { formatDateTime, vietnamToday } from './datetime';
export { formatVnd } from './money';
export { formatNumber } from './number';
export { formatScore } from './score';
export { foldVietnamese, matchesSearch } from './text';

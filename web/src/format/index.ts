export { formatDate } from './date';
export { parseDateInput, toDateInput } from './dateInput';
export { formatDateTime } from './datetime';
/** Today's calendar date in Việt Nam, ISO yyyy-mm-dd (what deadlines are compared with). */
export { vietnamDay as vietnamToday } from '@antq/domain';
export { formatVnd } from './money';
export { formatNumber } from './number';
export { formatScore } from './score';
export { foldVietnamese, matchesSearch, numberInProse } from './text';

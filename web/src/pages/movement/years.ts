import { vietnamToday } from '../../format';

/** The first year the pickers offer (records of the 2000s reviews and festival days). */
export const FIRST_YEAR = 2000;

/** This year in Việt Nam. */
export const thisYear = (now: Date = new Date()) => Number(vietnamToday(now).slice(0, 4));

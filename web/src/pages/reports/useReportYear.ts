import { useSearchParams } from 'react-router-dom';
import { thisYear } from '../movement/years';

/** The first year the year picker offers: the movement's 10-year review started in 2013. */
export const FIRST_REPORT_YEAR = 2013;

/** The report's year from `?year=`, this year in Việt Nam when missing or out of range. */
export function useReportYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 1945 && asked <= 2100 ? asked : thisYear();
  const setYear = (next: number) =>
    setParams(
      (old) => {
        const p = new URLSearchParams(old);
        p.set('year', String(next));
        return p;
      },
      { replace: true },
    );
  return [year, setYear];
}

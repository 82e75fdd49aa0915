import type { ReportRow } from '@antq/domain';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import classes from '../../dashboard/CriteriaGrid.module.css';
import type { DistrictCampaignOutput } from '../types';

const byCode = new Intl.Collator('vi', { numeric: true });

/**
 * The wards × criteria grid of a campaign as the report has it (met or not per criterion), for
 * readers without the coordinator's dashboard: provincial staff. Criteria are the ones some ward
 * has a result for; the report does not list the catalogue's criteria themselves.
 */
export function CriteriaMetGrid({ campaign, wards }: { campaign: DistrictCampaignOutput; wards: readonly ReportRow[] }) {
  const { t } = useI18n();
  const c = t.reports.campaigns;
  const codes = [...new Set(Object.values(campaign.grid).flatMap((w) => Object.keys(w)))].sort(byCode.compare);
  const rows = wards.filter((w) => campaign.grid[w.unitCode]);
  const cell = (met: boolean | undefined) =>
    met === undefined
      ? { short: c.gridShort.empty, long: c.gridEmpty, style: classes.empty }
      : met
        ? { short: c.gridShort.met, long: c.gridMet, style: `${classes.verified} ${classes.met}` }
        : { short: c.gridShort.notMet, long: c.gridNotMet, style: `${classes.verified} ${classes.not_met}` };
  return (
    <>
      <Text size="sm" c="dimmed">
        {c.gridIntro}
      </Text>
      <Table.ScrollContainer minWidth={Math.max(600, 260 + codes.length * 42)} type="native">
        <table className={classes.table} aria-label={c.grid(campaign.name)}>
          <thead>
            <tr>
              <th scope="col" className={classes.wardCell}>
                {t.dashboard.ward}
              </th>
              {codes.map((code) => (
                <th key={code} scope="col" className={classes.codeHead}>
                  {code}
                </th>
              ))}
              <th scope="col">{c.gridCount}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => {
              const results = campaign.grid[w.unitCode] ?? {};
              return (
                <tr key={w.unitCode}>
                  <th scope="row" className={classes.wardCell}>
                    {w.unitName}
                  </th>
                  {codes.map((code) => {
                    const x = cell(results[code]);
                    return (
                      <td key={code} className={`${classes.cell} ${x.style}`} title={c.gridCell(code, x.long)}>
                        <span aria-hidden>{x.short}</span>
                        <VisuallyHidden>{c.gridCell(code, x.long)}</VisuallyHidden>
                      </td>
                    );
                  })}
                  <td>{formatNumber(Object.values(results).filter(Boolean).length)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Table.ScrollContainer>
    </>
  );
}

import type { ReportRow } from '@antq/domain';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import classes from '../../dashboard/CriteriaGrid.module.css';
import { groupSpans } from '../../dashboard/gridCells';
import type { DistrictCampaignOutput } from '../types';
import { gridColumns } from './gridColumns';

/**
 * The wards × criteria grid of a campaign as the report has it (met or not per criterion), for
 * readers without the coordinator's dashboard: provincial staff. Every criterion of the campaign
 * shows, grouped as the catalogue groups them, so a criterion nobody has met yet is seen as such.
 */
export function CriteriaMetGrid({ campaign, wards }: { campaign: DistrictCampaignOutput; wards: readonly ReportRow[] }) {
  const { t } = useI18n();
  const c = t.reports.campaigns;
  const columns = gridColumns(campaign.criteria, campaign.grid);
  const grouped = columns.every((x) => x.groupCode !== undefined);
  const spans = grouped ? groupSpans(columns.map((x) => ({ groupCode: x.groupCode ?? '' }))) : [];
  // With a group row above, the ward and count headers span both header rows.
  const headRows = grouped ? 2 : 1;
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
      {/* Focusable: the grid has no links, and a keyboard user must still scroll its 34 columns. */}
      <Table.ScrollContainer minWidth={Math.max(600, 260 + columns.length * 42)} type="native" tabIndex={0}>
        <table className={classes.table} aria-label={c.grid(campaign.name)}>
          <thead>
            <tr>
              <th scope="col" rowSpan={headRows} className={classes.wardCell}>
                {t.dashboard.ward}
              </th>
              {grouped
                ? spans.map((g, i) => (
                    <th key={`${g.groupCode}-${i}`} scope="colgroup" colSpan={g.span} className={classes.groupHead}>
                      {c.group(g.groupCode)}
                    </th>
                  ))
                : columns.map(({ code }) => (
                    <th key={code} scope="col" className={classes.codeHead}>
                      {code}
                    </th>
                  ))}
              <th scope="col" rowSpan={headRows}>
                {c.gridCount}
              </th>
            </tr>
            {grouped && (
              <tr>
                {columns.map(({ code }) => (
                  <th key={code} scope="col" className={classes.codeHead}>
                    {code}
                  </th>
                ))}
              </tr>
            )}
          </thead>
          <tbody>
            {rows.map((w) => {
              const results = campaign.grid[w.unitCode] ?? {};
              return (
                <tr key={w.unitCode}>
                  <th scope="row" className={classes.wardCell}>
                    {w.unitName}
                  </th>
                  {columns.map(({ code }) => {
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

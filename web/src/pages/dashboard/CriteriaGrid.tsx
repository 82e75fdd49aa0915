import { Anchor, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { DashboardOutput, WardProgressOutput } from '../../api/types';
import { useCampaignCatalogue } from '../../api/useCampaignCatalogue';
import { formatNumber, formatScore } from '../../format';
import { type Messages, useI18n } from '../../i18n';
import classes from './CriteriaGrid.module.css';
import { type GridCell, gridCell, groupSpans } from './gridCells';

interface Props {
  campaign: DashboardOutput['campaign'];
  wards: readonly WardProgressOutput[];
  criteriaMet: Record<string, number>;
}

function cellText(cell: GridCell, t: Messages): { short: string; long: string } {
  if (cell.tone === 'empty') return { short: '·', long: t.dashboard.cellEmpty };
  if (cell.status) return { short: t.dashboard.cell[cell.status], long: t.status.value[cell.status] };
  return { short: formatNumber(cell.points ?? 0), long: formatNumber(cell.points ?? 0) };
}

function Cell({ code, cell }: { code: string; cell: GridCell }) {
  const { t } = useI18n();
  const { short, long } = cellText(cell, t);
  const kind = cell.tone === 'empty' ? '' : cell.verified ? t.dashboard.cellVerified : t.dashboard.cellSelf;
  const label = cell.tone === 'empty' ? `${code}: ${long}` : t.dashboard.cellLabel(code, long, kind);
  const style = cell.tone === 'empty' ? classes.empty : `${cell.verified ? classes.verified : classes.self} ${classes[cell.tone]}`;
  return (
    <td className={`${classes.cell} ${style}`} title={label}>
      <span aria-hidden>{short}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </td>
  );
}

function Legend() {
  const { t } = useI18n();
  const sample = (cell: GridCell) => {
    const { short, long } = cellText(cell, t);
    const style = cell.tone === 'empty' ? classes.empty : `${cell.verified ? classes.verified : classes.self} ${classes[cell.tone]}`;
    return (
      <Group gap={4} key={`${cell.tone}-${cell.verified}`} wrap="nowrap">
        <span className={`${classes.cell} ${classes.legend} ${style}`} aria-hidden>
          {short}
        </span>
        <Text size="xs">
          {long}
          {cell.tone !== 'empty' && ` (${cell.verified ? t.dashboard.cellVerified : t.dashboard.cellSelf})`}
        </Text>
      </Group>
    );
  };
  return (
    <Group gap="md" aria-label={t.dashboard.legendTitle} role="group">
      {sample({ tone: 'met', status: 'met', verified: true })}
      {sample({ tone: 'partial', status: 'largely_met', verified: true })}
      {sample({ tone: 'not_met', status: 'not_met', verified: true })}
      {sample({ tone: 'met', status: 'met', verified: false })}
      {sample({ tone: 'empty', verified: false })}
    </Group>
  );
}

/** Rows wards, columns criteria grouped by group; each cell coloured by result, verified cells filled. */
export function CriteriaGrid({ campaign, wards, criteriaMet }: Props) {
  const { t } = useI18n();
  const criteria = campaign.catalogue.criteria;
  // Group titles and criterion texts, shown on hover over the headers.
  const catalogue = useCampaignCatalogue(campaign);
  const groupTitle = (code: string) => catalogue.content?.groups.find((g) => g.code === code)?.title;
  return (
    <>
      <Text size="sm" c="dimmed">
        {t.dashboard.gridIntro}
      </Text>
      <Legend />
      <Table.ScrollContainer minWidth={Math.max(600, 220 + criteria.length * 42)} type="native">
        <table className={classes.table} aria-label={t.dashboard.grid}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className={classes.wardCell}>
                {t.dashboard.ward}
              </th>
              {groupSpans(criteria).map((g, i) => (
                <th key={`${g.groupCode}-${i}`} scope="colgroup" colSpan={g.span} className={classes.groupHead} title={groupTitle(g.groupCode)}>
                  {t.dashboard.gridGroup(g.groupCode)}
                </th>
              ))}
              <th scope="col" rowSpan={2}>
                {t.dashboard.gridScore}
              </th>
            </tr>
            <tr>
              {criteria.map((c) => (
                <th key={c.code} scope="col" className={classes.codeHead} title={catalogue.textOf(c.code)}>
                  {c.code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {wards.map((w) => (
              <tr key={w.wardId}>
                <th scope="row" className={classes.wardCell}>
                  <Anchor component={Link} to={`/campaigns/${campaign.campaignId}/wards/${w.wardId}?tab=assessment`} size="sm">
                    {w.wardName}
                  </Anchor>
                </th>
                {criteria.map((c) => (
                  <Cell key={c.code} code={c.code} cell={gridCell(w.assessment.criteria[c.code], c.max)} />
                ))}
                <td>
                  {w.assessment.verifiedCount > 0
                    ? formatScore(w.assessment.verifiedScore, w.assessment.maxScore)
                    : w.assessment.submissions > 0
                      ? `(${formatScore(w.assessment.selfScore, w.assessment.maxScore)})`
                      : '—'}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className={classes.footer}>
            <tr>
              <th scope="row" className={classes.wardCell}>
                {t.dashboard.gridMetRow}
              </th>
              {criteria.map((c) => (
                <td key={c.code}>{formatNumber(criteriaMet[c.code] ?? 0)}</td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </Table.ScrollContainer>
    </>
  );
}

import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { reviewStatuses } from '@antq/domain';
import { Box, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { type DistrictHomeCampaign, type DistrictHomeOutput, percent, trendPoints } from './work';

// Darker shades than Mantine's defaults, so each tells apart on white at AA contrast.
const statusColors = { not_started: 'gray.6', draft: 'blue.7', submitted: 'orange.8', returned: 'red.8', approved: 'green.8' } as const;

/**
 * A chart is a picture to the eye and a sentence to a screen reader: the figure carries the same
 * numbers as its label, and the chart itself stays out of the keyboard's way.
 */
function Figure({ title, label, children }: { title: string; label: string; children: React.ReactNode }) {
  return (
    <Stack gap={4} component="figure" m={0}>
      <Text component="figcaption" size="sm" fw={600}>
        {title}
      </Text>
      <Box role="img" aria-label={label}>
        {children}
      </Box>
    </Stack>
  );
}

/** Plans and self-assessments by status (stacked), and criteria met per group, for one open campaign. */
export function CampaignCharts({ campaign }: { campaign: DistrictHomeCampaign }) {
  const { t } = useI18n();
  const w = t.work;
  const statusLine = (counts: DistrictHomeCampaign['plans']) => reviewStatuses.map((s) => `${t.status.review[s]} ${formatNumber(counts[s])}`).join(', ');
  const data = [
    { part: w.part.plan, ...Object.fromEntries(reviewStatuses.map((s) => [s, campaign.plans[s]])) },
    { part: w.part.assessment, ...Object.fromEntries(reviewStatuses.map((s) => [s, campaign.assessments[s]])) },
  ];
  const groups = campaign.groups.map((g) => ({ group: w.groupName(g.code), share: percent(g.met, g.possible) }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Figure
        title={`${w.plansChart} · ${w.assessmentsChart}`}
        label={`${w.statusChartLabel(w.plansChart, statusLine(campaign.plans))}. ${w.statusChartLabel(w.assessmentsChart, statusLine(campaign.assessments))}.`}
      >
        <BarChart
          h={160}
          data={data}
          dataKey="part"
          type="stacked"
          orientation="vertical"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          withTooltip={false}
          yAxisProps={{ width: 100 }}
          xAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
          series={reviewStatuses.map((s) => ({ name: s, label: t.status.review[s], color: statusColors[s] }))}
        />
      </Figure>
      <Figure
        title={w.groupsChart}
        label={campaign.assessedWards === 0 ? w.groupsNone : w.groupsChartLabel(campaign.groups.map((g) => w.groupShare(g.code, g.met, g.possible, percent(g.met, g.possible))).join(', '))}
      >
        {campaign.assessedWards === 0 ? (
          <Text size="sm" c="dimmed">
            {w.groupsNone}
          </Text>
        ) : (
          <BarChart
            h={160}
            data={groups}
            dataKey="group"
            withTooltip={false}
            withBarValueLabel
            valueFormatter={(v) => `${v}%`}
            yAxisProps={{ domain: [0, 100] }}
            barChartProps={{ accessibilityLayer: false }}
            series={[{ name: 'share', label: w.groupsChart, color: 'green.8' }]}
          />
        )}
      </Figure>
    </SimpleGrid>
  );
}

/** Plans approved, self-assessments sent and criteria met, in per cent, year by year (from two years on). */
export function TrendChart({ trend }: { trend: DistrictHomeOutput['trend'] }) {
  const { t } = useI18n();
  const w = t.work;
  const points = trendPoints(trend);
  if (points.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="trend-title">
      <Title order={2} fz="lg" id="trend-title">
        {w.trendTitle}
      </Title>
      <Text size="sm" c="dimmed">
        {w.trendIntro}
      </Text>
      <Box role="img" aria-label={w.trendChartLabel(points.map((p) => w.trendYear(p.year, p.plansApproved, p.assessmentsSent, p.criteriaMet)).join('; '))}>
        <LineChart
          h={220}
          data={points}
          dataKey="year"
          withLegend
          withTooltip={false}
          yAxisProps={{ domain: [0, 100] }}
          valueFormatter={(v) => `${v}%`}
          lineChartProps={{ accessibilityLayer: false }}
          series={[
            { name: 'plansApproved', label: w.trend.plansApproved, color: 'blue.7' },
            { name: 'assessmentsSent', label: w.trend.assessmentsSent, color: 'orange.8' },
            { name: 'criteriaMet', label: w.trend.criteriaMet, color: 'green.8' },
          ]}
        />
      </Box>
    </Stack>
  );
}

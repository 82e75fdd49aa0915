import { Anchor, Button, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { toneText } from '../../components/tones';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { useI18n } from '../../i18n';
import { queueSummary, reviewPath } from '../reviews/next';
import { deadlinesThisWeek, type DistrictHomeOutput, lateWards } from './work';

// The charts (recharts) load after the home's figures: the first screen stays a small download.
const CampaignCharts = lazy(() => import('./ProgressCharts').then((m) => ({ default: m.CampaignCharts })));
const TrendChart = lazy(() => import('./ProgressCharts').then((m) => ({ default: m.TrendChart })));

function Tile({ title, figure, tone, children }: { title: string; figure: string; tone?: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} fz="md" id={id}>
            {title}
          </Title>
          <Text fz={24} fw={700} c={tone}>
            {figure}
          </Text>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function ReviewTile() {
  const { t } = useI18n();
  const w = t.work;
  const trpc = useTRPC();
  const queue = useQuery({ ...trpc.reviews.queue.queryOptions(), staleTime: 30_000, refetchOnMount: 'always' });
  return (
    <QueryState query={queue}>
      {(items) => {
        const { count, oldest } = queueSummary(items);
        return (
          <Tile title={w.waitingTitle} figure={formatNumber(count)} tone={count > 0 ? toneText.orange : undefined}>
            {!oldest ? (
              <Text size="sm" c="dimmed">
                {w.waitingNone}
              </Text>
            ) : (
              <>
                <Text size="sm">{w.oldest(oldest.wardName, t.reviews.kinds[oldest.kind].toLocaleLowerCase('vi'), oldest.submittedAt ? formatDateTime(oldest.submittedAt) : '—')}</Text>
                <Group gap="xs">
                  <Button component={Link} to={reviewPath(oldest)} size="xs">
                    {w.openOldest}
                  </Button>
                  <Button component={Link} to="/reviews" size="xs" variant="light" color={toneText.blue}>
                    {w.openQueue}
                  </Button>
                </Group>
              </>
            )}
          </Tile>
        );
      }}
    </QueryState>
  );
}

function LateTile({ home }: { home: DistrictHomeOutput }) {
  const { t } = useI18n();
  const w = t.work;
  const late = lateWards(home);
  return (
    <Tile title={w.lateTitle} figure={formatNumber(late.length)} tone={late.length > 0 ? toneText.red : undefined}>
      {late.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.lateNone}
        </Text>
      ) : (
        <List size="sm" spacing={2} aria-label={w.lateList} style={{ maxHeight: 160, overflowY: 'auto' }} tabIndex={0}>
          {late.map((l) => (
            <List.Item key={`${l.campaignId}/${l.part}/${l.wardId}`}>
              <Anchor component={Link} to={`/campaigns/${l.campaignId}/wards/${l.wardId}?tab=${l.part}`} size="sm">
                {w.lateLine(l.wardName, w.part[l.part])}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Tile>
  );
}

function WeekTile({ home }: { home: DistrictHomeOutput }) {
  const { t } = useI18n();
  const w = t.work;
  const soon = deadlinesThisWeek(home);
  return (
    <Tile title={w.weekTitle} figure={formatNumber(soon.length)} tone={soon.length > 0 ? toneText.orange : undefined}>
      {soon.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.weekNone}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={w.weekList}>
          {soon.map((d) => (
            <List.Item key={`${d.campaignId}/${d.part}`}>
              <Anchor component={Link} to={`/campaigns/${d.campaignId}`} size="sm">
                {w.weekLine(w.part[d.part], d.campaignName)}
              </Anchor>
              <Text size="xs" c="dimmed">
                {`${formatDate(d.deadline)} · ${w.daysLeft(d.daysLeft)} · ${w.weekNotSent(d.notSent)}`}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Tile>
  );
}

/** The coordinator's "Việc cần làm": what waits for review, who is late, what falls due this week, and each open campaign's progress. */
export function DistrictWork() {
  const { t } = useI18n();
  const w = t.work;
  const trpc = useTRPC();
  const home = useQuery({ ...trpc.home.district.queryOptions(), staleTime: 30_000, refetchOnMount: 'always' });
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <ReviewTile />
        {home.data ? <LateTile home={home.data} /> : <Skeleton h={120} />}
        {home.data ? <WeekTile home={home.data} /> : <Skeleton h={120} />}
      </SimpleGrid>
      <QueryState query={home}>
        {(data) => (
          <>
            {data.campaigns.length === 0 ? (
              <Text size="sm" c="dimmed">
                {w.noOpenCampaigns}
              </Text>
            ) : (
              data.campaigns.map((c) => (
                <Section
                  key={c.campaignId}
                  title={w.progressTitle(c.name)}
                  description={w.progressIntro(c.wardCount, formatDate(c.planDeadline), formatDate(c.assessmentDeadline))}
                  actions={
                    <Button component={Link} to={`/campaigns/${c.campaignId}`} size="xs" variant="light" color={toneText.blue}>
                      {w.openDashboard}
                    </Button>
                  }
                >
                  <Suspense fallback={<Skeleton h={160} />}>
                    <CampaignCharts campaign={c} />
                  </Suspense>
                </Section>
              ))
            )}
            {data.trend.length >= 2 && (
              <Paper withBorder p="lg">
                <Suspense fallback={<Skeleton h={220} />}>
                  <TrendChart trend={data.trend} />
                </Suspense>
              </Paper>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

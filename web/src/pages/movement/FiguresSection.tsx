import { emptyCounts } from '@antq/domain';
import { Anchor, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { YearSelect } from '../../components/YearSelect';
import { useI18n } from '../../i18n';
import { FigureCards } from './FigureCards';
import type { MovementScope } from './shared/useMovementScope';
import { WardFiguresTable } from './WardFiguresTable';
import { FIRST_YEAR } from './years';

interface Props {
  scope: MovementScope;
  year: number;
  lastYear: number;
  onYear: (year: number) => void;
}

/** The year's figures from the district summary: cards, and for coordinators one line per ward. */
export function FiguresSection({ scope, year, lastYear, onYear }: Props) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const m = t.movement;
  const summary = useQuery(trpc.records.summary.queryOptions({ year }));
  const ownWard = scope.isCoordinator ? undefined : scope.ownWardId;
  return (
    <Stack gap="lg">
      <Section
        title={m.figuresTitle(year)}
        description={ownWard ? m.figuresOf(scope.wardName(ownWard) ?? '') : undefined}
        actions={
          <Group align="flex-end" gap="md">
            {ownWard && (
              <Anchor component={Link} to={`/movement/wards/${ownWard}`} size="sm" pb={6}>
                {m.myTimeline}
              </Anchor>
            )}
            <YearSelect label={m.year} value={year} onChange={(y) => y && onYear(y)} from={FIRST_YEAR} to={lastYear} w={140} />
          </Group>
        }
      >
        <QueryState query={summary}>{(data) => <FigureCards counts={data.totals ?? emptyCounts()} withProgrammes={scope.isCoordinator} />}</QueryState>
      </Section>
      {scope.isCoordinator && (
        <Section title={m.byWardTitle} description={m.districtWideNote}>
          <QueryState query={summary}>{(data) => <WardFiguresTable scope={scope} wards={data.wards} totals={data.totals ?? emptyCounts()} />}</QueryState>
        </Section>
      )}
    </Stack>
  );
}

import { recipientKinds } from '@antq/domain';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type RefObject, useRef, useState } from 'react';
import { useTRPC } from '../../../api/trpc';
import { Facts } from '../../../components/Facts';
import { QueryState } from '../../../components/QueryState';
import { YearSelect } from '../../../components/YearSelect';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { FIRST_YEAR, thisYear } from '../../movement/years';
import { useAwardForms } from '../shared/useAwardForms';
import type { TalliesOutput } from '../types';
import { CountButton } from './CountButton';
import { CountTable } from './CountTable';
import { EntriesSection } from './EntriesSection';
import { FormKindTable } from './FormKindTable';
import { countRows, formKindRows, kindBreakdown, kindsPhrase, levelRows, selects, subjectKeyOf, type TallySelection } from './tallyTable';
import { useSubjectLabel } from './useSubjectLabel';

/**
 * The year's award tallies (from the one pre-aggregated item of the year): totals, forms × kinds,
 * levels, achievements and wards. Every count lists the awards behind it in one click, with what
 * they add up to ("12 tập thể, 10 cá nhân" given the district's Giấy khen for programme 09).
 */
export function TalliesPanel({ scope }: { scope: MovementScope }) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const last = thisYear();
  const [year, setYear] = useState(last);
  const [picked, setPicked] = useState<{ selection: TallySelection; title: string }>();
  const tallies = useQuery(trpc.awards.tallies.queryOptions({ year }));
  const entriesHeading = useRef<HTMLDivElement>(null);
  const select = (selection: TallySelection, title: string) => {
    setPicked({ selection, title });
    // The list opens below the tables: bring the keyboard and the eye to it.
    requestAnimationFrame(() => entriesHeading.current?.focus());
  };
  return (
    <Stack gap="lg">
      <YearSelect
        label={a.year}
        value={year}
        onChange={(y) => {
          setYear(y ?? last);
          setPicked(undefined);
        }}
        from={FIRST_YEAR}
        to={last}
        w={170}
      />
      <QueryState query={tallies}>
        {(data) => <Tallies data={data} scope={scope} picked={picked} onSelect={select} onClose={() => setPicked(undefined)} entriesHeading={entriesHeading} />}
      </QueryState>
    </Stack>
  );
}

interface TalliesProps {
  data: TalliesOutput;
  scope: MovementScope;
  picked: { selection: TallySelection; title: string } | undefined;
  onSelect: (selection: TallySelection, title: string) => void;
  onClose: () => void;
  entriesHeading: RefObject<HTMLDivElement | null>;
}

function Tallies({ data, scope, picked, onSelect, onClose, entriesHeading }: TalliesProps) {
  const { t } = useI18n();
  const a = t.awards;
  const { forms, formOf, formName } = useAwardForms();
  const subjectLabel = useSubjectLabel(data.entries);
  const selected = picked?.selection;
  const { rows, totals } = formKindRows(data, forms);
  const phrase = (entries: typeof data.entries) =>
    kindBreakdown(entries, forms)
      .map((r) => `${formName(r.formCode)}: ${kindsPhrase(r.counts, (n, k) => a.kindCount(n, a.kindLower[k]))}`)
      .join('; ');
  const count = (what: string, n: number, selection: TallySelection) => (
    <CountButton count={n} what={what} pressed={JSON.stringify(selected) === JSON.stringify(selection)} onClick={() => onSelect(selection, what)} />
  );
  return (
    <Stack gap="lg">
      <Title order={3} fz="md">
        {a.talliesOf(data.year)}
      </Title>
      {data.total === 0 && <Text c="dimmed">{a.noAwards(data.year)}</Text>}
      <Facts items={[{ label: a.total, value: count(a.total, data.total, { by: 'all' }) }, ...recipientKinds.map((k) => ({ label: a.kind[k], value: count(a.kind[k], totals[k], { by: 'kind', kind: k }) }))]} />
      <FormKindTable rows={rows} totals={totals} total={data.total} formOf={formOf} selected={selected} onSelect={onSelect} />
      <CountTable
        label={a.subjectTable}
        nameColumn={a.subject}
        detailColumn={a.breakdown}
        rows={countRows(data.bySubject, subjectLabel).map((r) => ({
          ...r,
          detail: phrase(data.entries.filter((e) => subjectKeyOf(e) === r.key)),
          selection: { by: 'subject', subject: r.key },
        }))}
        selected={selected}
        onSelect={onSelect}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <CountTable
          label={a.levelTable}
          nameColumn={a.authorityLevel}
          rows={levelRows(data.byLevel).map((r) => ({ key: r.level, name: a.level[r.level], count: r.count, selection: { by: 'level', level: r.level } }))}
          selected={selected}
          onSelect={onSelect}
        />
        <CountTable
          label={a.wardTable}
          nameColumn={a.ward}
          rows={scope.wards.map((w) => ({ key: w.wardId, name: w.name, count: data.byWard[w.wardId] ?? 0, selection: { by: 'ward', wardId: w.wardId } }))}
          selected={selected}
          onSelect={onSelect}
        />
      </SimpleGrid>
      {picked && (
        <EntriesSection
          title={picked.title}
          entries={data.entries.filter((e) => selects(picked.selection, e))}
          forms={forms}
          formName={formName}
          subjectLabel={subjectLabel}
          scope={scope}
          headingRef={entriesHeading}
          onClose={onClose}
        />
      )}
    </Stack>
  );
}

import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type RefObject, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../../api/trpc';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';
import { RecordTable } from '../../movement/shared/RecordTable';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import type { AwardFormOutput, TallyEntry } from '../types';
import { kindBreakdown, kindsPhrase, subjectKeyOf } from './tallyTable';

interface Props {
  title: string;
  entries: readonly TallyEntry[];
  forms: readonly AwardFormOutput[];
  formName: (code: string) => string;
  subjectLabel: (key: string) => string;
  scope: MovementScope;
  headingRef: RefObject<HTMLDivElement | null>;
  onClose: () => void;
}

/** The awards behind a clicked count: what they add up to per form and kind, then each one with its decision. */
export function EntriesSection({ title, entries, forms, formName, subjectLabel, scope, headingRef, onClose }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const decisions = useQuery(trpc.awards.decisions.list.queryOptions());
  const numbers = useMemo(() => new Map((decisions.data ?? []).map((d) => [d.decisionId, d.fields.number])), [decisions.data]);
  const collator = new Intl.Collator('vi', { sensitivity: 'base' });
  const rows = [...entries].sort((x, y) => collator.compare(x.recipientName, y.recipientName)).map((e) => ({ ...e, recordId: e.outcomeId }));
  const breakdown = kindBreakdown(entries, forms);
  return (
    <div ref={headingRef} tabIndex={-1}>
      <Section title={a.entriesOf(title, entries.length)} actions={<Button variant="default" size="xs" onClick={onClose}>{a.closeEntries}</Button>}>
        <Stack gap={2}>
          {breakdown.map((row) => (
            <Text key={row.formCode} size="sm">
              <Text span fw={600}>
                {formName(row.formCode)}
              </Text>
              : {kindsPhrase(row.counts, (n, k) => a.kindCount(n, a.kindLower[k]))}
            </Text>
          ))}
        </Stack>
        <RecordTable
          label={a.entriesTable}
          minWidth={980}
          columns={[
            { label: a.awardee, miw: 200 },
            { label: a.recipientKind, w: 110 },
            { label: a.form, miw: 200 },
            { label: a.subject, miw: 180 },
            { label: a.ward, w: 150 },
            { label: a.decision, w: 160 },
          ]}
          records={rows}
          empty={a.entriesNone}
          cells={(e) => (
            <>
              <Table.Th scope="row" fw={500}>
                {e.recipientName}
              </Table.Th>
              <Table.Td>{a.kind[e.recipientKind]}</Table.Td>
              <Table.Td fz="sm">{formName(e.formCode)}</Table.Td>
              <Table.Td fz="sm">{subjectLabel(subjectKeyOf(e))}</Table.Td>
              <Table.Td fz="sm">{e.wardIds.length > 0 ? e.wardIds.map((w) => scope.wardName(w)).join(', ') : a.districtShort}</Table.Td>
              <Table.Td fz="sm">
                <Anchor component={Link} to={`/awards/decisions/${e.decisionId}`}>
                  {numbers.get(e.decisionId) ?? a.decision}
                </Anchor>
              </Table.Td>
            </>
          )}
        />
      </Section>
    </div>
  );
}

import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTRPC } from '../../../api/trpc';
import { QueryState } from '../../../components/QueryState';
import { YearSelect } from '../../../components/YearSelect';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { RecordTable } from '../../movement/shared/RecordTable';
import { FIRST_YEAR, thisYear } from '../../movement/years';
import { useAwardForms } from '../shared/useAwardForms';
import { historyRows } from './history';

/** Who was awarded in several years of a range ("đơn vị dẫn đầu nhiều năm liền"), with each year's forms and decisions. */
export function HistoryPanel() {
  const { t } = useI18n();
  const a = t.awards;
  const trpc = useTRPC();
  const last = thisYear();
  const [range, setRange] = useState({ fromYear: last - 9, toYear: last });
  const history = useQuery(trpc.awards.history.queryOptions(range));
  const { formName } = useAwardForms();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {a.historyIntro}
      </Text>
      <Group align="flex-end" gap="sm">
        <YearSelect label={a.fromYear} value={range.fromYear} onChange={(y) => y && setRange((r) => ({ fromYear: y, toYear: Math.max(y, r.toYear) }))} from={FIRST_YEAR} to={last} w={150} />
        <YearSelect label={a.toYear} value={range.toYear} onChange={(y) => y && setRange((r) => ({ fromYear: Math.min(y, r.fromYear), toYear: y }))} from={FIRST_YEAR} to={last} w={150} />
      </Group>
      <QueryState query={history}>
        {(list) => (
          <RecordTable
            label={a.historyTable}
            minWidth={860}
            columns={[
              { label: a.awardee, miw: 220 },
              { label: a.recipientKind, w: 110 },
              { label: a.yearsCount, w: 130, ta: 'right' },
              { label: a.streak, w: 140, ta: 'right' },
              { label: a.yearsAndForms, miw: 280 },
            ]}
            records={historyRows(list).map((r) => ({ ...r, recordId: r.recipientKey }))}
            empty={a.historyEmpty}
            cells={(r) => (
              <>
                <Table.Th scope="row" fw={500}>
                  {r.recipientName}
                </Table.Th>
                <Table.Td>{a.kind[r.recipientKind]}</Table.Td>
                <Table.Td ta="right">{formatNumber(r.years.length)}</Table.Td>
                <Table.Td ta="right">{a.yearsShort(r.streak)}</Table.Td>
                <Table.Td fz="sm">
                  {r.years.map((y) => (
                    <div key={y.year}>
                      {y.year}:{' '}
                      {y.awards.map((award, i) => (
                        <span key={award.outcomeId}>
                          {i > 0 && '; '}
                          <Anchor component={Link} to={`/awards/decisions/${award.decisionId}`} fz="sm">
                            {formName(award.formCode)}
                          </Anchor>
                        </span>
                      ))}
                    </div>
                  ))}
                </Table.Td>
              </>
            )}
          />
        )}
      </QueryState>
    </Stack>
  );
}

import { type RecipientKind, recipientKinds } from '@antq/domain';
import { Table } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { EmptyRow } from '../../movement/shared/EmptyRow';
import type { AwardFormOutput } from '../types';
import { CountButton } from './CountButton';
import type { FormKindRow, KindCounts, TallySelection } from './tallyTable';

interface Props {
  rows: readonly FormKindRow[];
  totals: KindCounts;
  total: number;
  formOf: (code: string) => AwardFormOutput | undefined;
  selected: TallySelection | undefined;
  onSelect: (selection: TallySelection, title: string) => void;
}

const same = (a: TallySelection | undefined, b: TallySelection) => JSON.stringify(a) === JSON.stringify(b);

/** Forms × recipient kinds, with totals: every count lists the awards behind it. */
export function FormKindTable({ rows, totals, total, formOf, selected, onSelect }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const cell = (selection: TallySelection, count: number, what: string) => (
    <CountButton count={count} what={what} pressed={same(selected, selection)} onClick={() => onSelect(selection, what)} />
  );
  const kindCell = (formCode: string, formName: string, kind: RecipientKind, count: number) =>
    cell({ by: 'formKind', formCode, kind }, count, a.formKindCell(formName, a.kindLower[kind]));
  return (
    <Table.ScrollContainer minWidth={760} type="native" tabIndex={0}>
      <Table aria-label={a.formKindTable} striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{a.form}</Table.Th>
            <Table.Th scope="col" w={120}>
              {a.authorityLevel}
            </Table.Th>
            {recipientKinds.map((k) => (
              <Table.Th key={k} scope="col" w={120} ta="right">
                {a.kind[k]}
              </Table.Th>
            ))}
            <Table.Th scope="col" w={100} ta="right">
              {a.totalColumn}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow colSpan={6} text={a.entriesNone} />}
          {rows.map((row) => {
            const form = formOf(row.formCode);
            const name = form?.name ?? row.formCode;
            return (
              <Table.Tr key={row.formCode}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td fz="sm">{form ? a.level[form.level] : ''}</Table.Td>
                {recipientKinds.map((k) => (
                  <Table.Td key={k} ta="right">
                    {kindCell(row.formCode, name, k, row.counts[k])}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{cell({ by: 'form', formCode: row.formCode }, row.total, name)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        {rows.length > 0 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {a.totalColumn}
              </Table.Th>
              {recipientKinds.map((k) => (
                <Table.Td key={k} ta="right">
                  {cell({ by: 'kind', kind: k }, totals[k], a.kind[k])}
                </Table.Td>
              ))}
              <Table.Td ta="right">{cell({ by: 'all' }, total, a.total)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

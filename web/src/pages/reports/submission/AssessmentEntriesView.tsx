import type { AssessmentEntry } from '@antq/domain';
import { Table } from '@mantine/core';
import { useI18n } from '../../../i18n';

const byCode = new Intl.Collator('vi', { numeric: true });

/** A submitted self-assessment, read-only: each criterion's result as the ward gave it and its evidence. */
export function AssessmentEntriesView({ entries }: { entries: readonly AssessmentEntry[] }) {
  const { t } = useI18n();
  const s = t.reports.submission;
  const sorted = [...entries].sort((a, b) => byCode.compare(a.criterionCode, b.criterionCode));
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table aria-label={s.entriesTable} withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90}>
              {s.criterion}
            </Table.Th>
            <Table.Th scope="col" w={160}>
              {s.result}
            </Table.Th>
            <Table.Th scope="col">{s.evidence}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((e) => (
            <Table.Tr key={e.criterionCode}>
              <Table.Th scope="row" ff="monospace">
                {e.criterionCode}
              </Table.Th>
              <Table.Td fw={500}>{'status' in e.value ? t.status.value[e.value.status] : s.points(e.value.points)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{e.evidence ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

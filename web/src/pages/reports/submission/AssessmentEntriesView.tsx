import type { AssessmentEntry } from '@antq/domain';
import { Table, Text } from '@mantine/core';
import { useI18n } from '../../../i18n';
import type { SubmissionTrailOutput, SubmissionVerifications } from '../types';
import { criterionIndex, resultText } from './criteria';
import { VerificationCell } from './VerificationCell';

interface Props {
  entries: readonly AssessmentEntry[];
  criteria: SubmissionTrailOutput['criteria'];
  /** The district's verdicts; absent for an earlier submission, which they do not apply to. */
  verifications?: SubmissionVerifications;
}

/**
 * A submitted self-assessment, read-only: each criterion (code and text) with the ward's result,
 * the district's verified result beside it, and the ward's evidence.
 */
export function AssessmentEntriesView({ entries, criteria, verifications }: Props) {
  const { t } = useI18n();
  const s = t.reports.submission;
  const index = criterionIndex(criteria);
  return (
    <Table.ScrollContainer minWidth={verifications ? 960 : 720} type="native" tabIndex={0}>
      <Table aria-label={s.entriesTable} withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={260}>
              {s.criterion}
            </Table.Th>
            <Table.Th scope="col" w={130}>
              {s.result}
            </Table.Th>
            {verifications && (
              <Table.Th scope="col" w={240}>
                {s.verified}
              </Table.Th>
            )}
            <Table.Th scope="col">{s.evidence}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {index.sort(entries).map((e) => (
            <Table.Tr key={e.criterionCode}>
              <Table.Th scope="row" fw={400}>
                <Text span ff="monospace" fw={600} size="sm">
                  {e.criterionCode}
                </Text>{' '}
                {index.textOf(e.criterionCode)}
              </Table.Th>
              <Table.Td fw={500}>{resultText(e.value, t.status.value, s.points)}</Table.Td>
              {verifications && (
                <Table.Td>
                  <VerificationCell verification={verifications[e.criterionCode]} />
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{e.evidence ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

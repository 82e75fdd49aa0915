import { Alert, Group, NativeSelect, Stack, Table } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { usePeopleNames } from '../../api/usePeopleNames';
import { EnteredLaterMark } from '../../components/EnteredLaterMark';
import { LateBadge } from '../../components/StatusBadges';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

interface SubmissionMeta {
  submission: number;
  submittedAt: string;
  submittedBy: string;
  late: boolean;
  /** A paper submission entered later by a coordinator: the day it was received. */
  receivedOn?: string;
}

interface Props {
  submissions: readonly SubmissionMeta[];
  /** What changed between two submissions (the plan's or the self-assessment's own view). */
  renderDiff: (from: number, to: number) => ReactNode;
}

/** The immutable submissions of a plan or a self-assessment, and what changed between any two of them. */
export function SubmissionCompare({ submissions, renderDiff }: Props) {
  const { t } = useI18n();
  const nameOf = usePeopleNames();
  const numbers = submissions.map((s) => s.submission).sort((a, b) => a - b);
  const last = numbers[numbers.length - 1] ?? 0;
  // Until the coordinator picks, compare the last two submissions, also when a new one arrives.
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const from = picked.from ?? (numbers.length >= 2 ? numbers[numbers.length - 2]! : last);
  const to = picked.to ?? last;
  const setFrom = (n: number) => setPicked((p) => ({ ...p, from: n }));
  const setTo = (n: number) => setPicked((p) => ({ ...p, to: n }));
  const enabled = numbers.length >= 2;
  const options = submissions.map((s) => ({ value: String(s.submission), label: t.review.submissionOption(s.submission, formatDateTime(s.submittedAt)) }));

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={520} type="native" tabIndex={0}>
        <Table aria-label={t.review.submissionsTable} withTableBorder striped verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={90}>
                {t.reviews.submission}
              </Table.Th>
              <Table.Th scope="col">{t.review.submittedAt}</Table.Th>
              <Table.Th scope="col">{t.review.submittedBy}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {submissions.map((s) => (
              <Table.Tr key={s.submission}>
                <Table.Td>{s.submission}</Table.Td>
                <Table.Td>
                  {formatDateTime(s.submittedAt)}
                  <LateBadge late={s.late} />
                  <EnteredLaterMark receivedOn={s.receivedOn} by={nameOf(s.submittedBy)} />
                </Table.Td>
                <Table.Td>{nameOf(s.submittedBy)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!enabled ? (
        <Alert color="gray" variant="light" role="note">
          {t.review.compareNeedsTwo}
        </Alert>
      ) : (
        <>
          <Group gap="md" align="flex-end">
            <NativeSelect label={t.review.compareFrom} value={String(from)} onChange={(e) => setFrom(Number(e.currentTarget.value))} data={options} w={280} />
            <NativeSelect label={t.review.compareTo} value={String(to)} onChange={(e) => setTo(Number(e.currentTarget.value))} data={options} w={280} />
          </Group>
          {renderDiff(from, to)}
        </>
      )}
    </Stack>
  );
}

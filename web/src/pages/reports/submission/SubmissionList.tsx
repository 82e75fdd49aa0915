import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { usePeopleNames } from '../../../api/usePeopleNames';
import { EnteredLaterMark } from '../../../components/EnteredLaterMark';
import { LateBadge } from '../../../components/StatusBadges';
import { ToneBadge } from '../../../components/ToneBadge';
import { formatDateTime, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import type { SubmissionTrailOutput } from '../types';

interface Props {
  submissions: SubmissionTrailOutput['submissions'];
  /** The submission on screen. */
  current: number;
  linkTo: (submission: number) => string;
}

/** Every submission the ward made, each kept as sent; one is picked to be read below. */
export function SubmissionList({ submissions, current, linkTo }: Props) {
  const { t } = useI18n();
  const s = t.reports.submission;
  const nameOf = usePeopleNames();
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table aria-label={s.listTable} withTableBorder striped verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={90}>
              {s.number}
            </Table.Th>
            <Table.Th scope="col">{s.submittedAt}</Table.Th>
            <Table.Th scope="col">{s.submittedBy}</Table.Th>
            <Table.Th scope="col">{s.timing}</Table.Th>
            <Table.Th scope="col" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...submissions].reverse().map((x) => (
            <Table.Tr key={x.submission} bg={x.submission === current ? 'blue.0' : undefined}>
              <Table.Th scope="row">{formatNumber(x.submission)}</Table.Th>
              <Table.Td>
                {formatDateTime(x.submittedAt)}
                <EnteredLaterMark receivedOn={x.receivedOn} by={nameOf(x.submittedBy)} />
              </Table.Td>
              <Table.Td>{nameOf(x.submittedBy)}</Table.Td>
              <Table.Td>{x.late ? <LateBadge late /> : <ToneBadge tone="green">{s.onTime}</ToneBadge>}</Table.Td>
              <Table.Td>
                {x.submission === current ? (
                  <Text size="sm" fw={600} aria-current="true">
                    {s.viewing(x.submission)}
                  </Text>
                ) : (
                  <Anchor component={Link} to={linkTo(x.submission)} replace size="sm">
                    {s.view(x.submission)}
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Alert, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/trpc';
import type { OutboxOutput } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';

type Message = OutboxOutput['messages'][number];

/** The messages, newest first: when, to whom (username and address), subject, text. */
function OutboxTable({ messages }: { messages: readonly Message[] }) {
  const { t } = useI18n();
  const o = t.outbox;
  if (messages.length === 0) {
    return (
      <Text c="dimmed" role="status">
        {o.empty}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
      <Table aria-label={o.table} striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={140}>
              {o.at}
            </Table.Th>
            <Table.Th scope="col" w={220}>
              {o.to}
            </Table.Th>
            <Table.Th scope="col" w={200}>
              {o.subject}
            </Table.Th>
            <Table.Th scope="col">{o.body}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m, i) => (
            <Table.Tr key={`${m.at}-${i}`}>
              <Table.Td>{formatDateTime(m.at)}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {m.username}
                </Text>
                <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {m.to}
                </Text>
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {m.subject}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * "Hộp thư (máy cục bộ)": on one machine the stack sends no e-mail or SMS; invitations and
 * password-reset codes land here (and in the server log) for the operator to read and pass on.
 * In AWS Cognito sends them, and the page says so.
 */
export function OutboxPage() {
  const { t } = useI18n();
  const o = t.outbox;
  const trpc = useTRPC();
  const outbox = useQuery(trpc.accounts.outbox.queryOptions());
  const [filter, setFilter] = useState('');
  const wanted = filter.trim().toLowerCase();
  return (
    <Stack gap="lg">
      <PageHeader title={o.title} subtitle={o.intro} />
      <Section
        title={o.listTitle}
        actions={
          <Button variant="default" onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
            {t.common.reload}
          </Button>
        }
      >
        <QueryState query={outbox}>
          {({ local, messages }) =>
            !local ? (
              <Alert color="blue" variant="light" role="status">
                {o.notLocal}
              </Alert>
            ) : (
              <Stack gap="sm">
                <TextInput label={o.filter} type="search" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={{ base: '100%', xs: 280 }} />
                <OutboxTable messages={messages.filter((m) => !wanted || m.username.includes(wanted) || m.to.toLowerCase().includes(wanted))} />
              </Stack>
            )
          }
        </QueryState>
      </Section>
    </Stack>
  );
}

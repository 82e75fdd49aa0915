import { Code, Table, Text } from '@mantine/core';
import { Section } from '../../../components/Section';
import { useI18n } from '../../../i18n';

export interface PullEndpoint {
  label: string;
  path: string;
}

interface Props {
  year: number;
  endpoints: PullEndpoint[];
  intro: string;
  /** Who signs in for the token in the example. */
  username: string;
}

/**
 * "Kết nối hệ thống cấp tỉnh": the pull API's addresses for this report and a curl example, so the
 * province's IT staff can wire their system without asking anyone (the same procedures and access
 * rules as the console, read-only).
 */
export function PullApiPanel({ year, endpoints, intro, username }: Props) {
  const { t } = useI18n();
  const p = t.reports.pull;
  const origin = window.location.origin;
  const url = (path: string) => `${origin}${path}?year=${year}`;
  const first = endpoints[0];
  const example = [
    `TOKEN=$(curl -s -X POST ${origin}/auth/sign-in \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '{"username":"${username}","password":"…"}' | jq -r .token)`,
    ...(first ? [`curl -H "Authorization: Bearer $TOKEN" "${url(first.path)}&format=csv" -o bao-cao-${year}.csv`] : []),
  ].join('\n');
  return (
    <Section title={p.title} description={intro}>
      <Table.ScrollContainer minWidth={560} type="native">
        <Table aria-label={p.urls} withTableBorder verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="35%">
                {p.what}
              </Table.Th>
              <Table.Th scope="col">{p.url}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {endpoints.map((e) => (
              <Table.Tr key={e.path}>
                <Table.Td>{e.label}</Table.Td>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }}>GET {url(e.path)}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" fw={500}>
        {p.example}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {example}
      </Code>
    </Section>
  );
}

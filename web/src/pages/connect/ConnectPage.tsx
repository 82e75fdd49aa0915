import { unitLabel } from '@antq/domain';
import { Code, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { useMe } from '../../api/useMe';
import { PageHeader } from '../../components/PageHeader';
import { LoadingState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';

interface Endpoint {
  label: string;
  path: string;
}

/**
 * "Kết nối hệ thống", for technical staff: the pull API's addresses for the caller's own figures
 * (the province's and its districts' for provincial staff, the district's for a coordinator, the
 * address patterns for the operator) and a curl example. Kept off the report pages, which are for
 * reading figures.
 */
export function ConnectPage() {
  const { t } = useI18n();
  const c = t.connect;
  const trpc = useTRPC();
  const me = useMe();
  const roles = me.data?.user.roles ?? [];
  const provincial = roles.includes('province_staff');
  const districts = useQuery({ ...trpc.provinces.districts.queryOptions(), enabled: provincial });
  const year = new Date().getFullYear();
  if (me.isPending || (provincial && districts.isPending)) return <LoadingState />;
  const origin = window.location.origin;
  const endpoints: Endpoint[] = [];
  if (provincial && districts.data) {
    const provinceName = me.data?.provinceName ?? districts.data.provinceId;
    endpoints.push({ label: c.provinceReport(unitLabel(provinceName)), path: `/api/v1/provinces/${districts.data.provinceId}/report?year=${year}` });
    for (const d of districts.data.districts) endpoints.push({ label: c.districtReport(unitLabel(d.name)), path: `/api/v1/districts/${d.tenantId}/report?year=${year}` });
  } else if (roles.includes('coordinator') && me.data?.tenant) {
    const tenant = me.data.tenant;
    endpoints.push({ label: c.districtReport(unitLabel(tenant.name)), path: `/api/v1/districts/${tenant.tenantId}/report?year=${year}` });
    endpoints.push({ label: c.decision, path: `/api/v1/districts/${tenant.tenantId}/decisions/<decisionId>` });
  } else {
    endpoints.push({ label: c.anyProvince, path: `/api/v1/provinces/<provinceCode>/report?year=${year}` });
    endpoints.push({ label: c.anyDistrict, path: `/api/v1/districts/<districtCode>/report?year=${year}` });
  }
  const first = endpoints[0]!;
  const example = [
    `TOKEN=$(curl -s -X POST ${origin}/auth/sign-in \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '{"username":"${me.data?.user.username ?? ''}","password":"…"}' | jq -r .token)`,
    `curl -H "Authorization: Bearer $TOKEN" "${origin}${first.path}${first.path.includes('?') ? '&' : '?'}format=csv" -o bao-cao-${year}.csv`,
  ].join('\n');
  return (
    <Stack gap="lg">
      <PageHeader title={c.title} subtitle={c.intro} />
      <Section title={c.endpointsTitle} description={c.whoFor}>
        <Table.ScrollContainer minWidth={560} type="native" tabIndex={0}>
          <Table aria-label={c.endpoints} withTableBorder verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="35%">
                  {c.what}
                </Table.Th>
                <Table.Th scope="col">{c.url}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {endpoints.map((e) => (
                <Table.Tr key={e.path}>
                  <Table.Td>{e.label}</Table.Td>
                  <Table.Td>
                    <Code style={{ wordBreak: 'break-all' }}>GET {`${origin}${e.path}`}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
      <Section title={c.exampleTitle} description={c.example}>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {example}
        </Code>
      </Section>
    </Stack>
  );
}

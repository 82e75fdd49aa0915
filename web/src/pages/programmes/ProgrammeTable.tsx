import { programmeSides } from '@antq/domain';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ProgrammeRecord } from '../../api/types';
import { useI18n } from '../../i18n';

/** The district's joint programmes: number verbatim, title (to the programme's page), period, parties. */
export function ProgrammeTable({ programmes }: { programmes: readonly ProgrammeRecord[] }) {
  const { t } = useI18n();
  const p = t.programmes;
  return (
    <Table.ScrollContainer minWidth={760} type="native" tabIndex={0}>
      <Table aria-label={p.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={190}>
              {p.documentNumber}
            </Table.Th>
            <Table.Th scope="col">{p.name}</Table.Th>
            <Table.Th scope="col" w={130}>
              {p.period}
            </Table.Th>
            <Table.Th scope="col" w={260}>
              {p.parties}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programmes.map((programme) => {
            const f = programme.fields;
            return (
              <Table.Tr key={programme.recordId}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/programmes/${programme.recordId}`} ff="monospace">
                    {f.documentNumber}
                  </Anchor>
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/programmes/${programme.recordId}`}>
                    {f.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t.movement.years(f.nationalFromYear, f.nationalToYear)}</Table.Td>
                <Table.Td fz="sm">
                  {programmeSides.flatMap((side) =>
                    f.parties
                      .filter((party) => party.side === side)
                      .map((party, i) => (
                        <Text key={`${side}${i}`} size="sm">
                          {party.name}
                        </Text>
                      )),
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

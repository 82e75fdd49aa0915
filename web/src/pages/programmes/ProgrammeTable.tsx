import { programmeSides } from '@antq/domain';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ProgrammeRecord } from '../../api/types';
import { useI18n } from '../../i18n';
import { RecordTable } from '../movement/shared/RecordTable';

/** The district's joint programmes: number verbatim, title (to the programme's page), period, parties. */
export function ProgrammeTable({ programmes }: { programmes: readonly ProgrammeRecord[] }) {
  const { t } = useI18n();
  const p = t.programmes;
  // No empty row and no edit column: the page says when there is none, and a programme is edited from its own page.
  return (
    <RecordTable
      label={p.table}
      minWidth={760}
      columns={[{ label: p.documentNumber, w: 190 }, { label: p.name }, { label: p.period, w: 130 }, { label: p.parties, w: 260 }]}
      records={programmes}
      cells={(programme) => {
        const f = programme.fields;
        return (
          <>
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
          </>
        );
      }}
    />
  );
}

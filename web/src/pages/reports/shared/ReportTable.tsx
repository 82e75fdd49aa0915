import { type ReportField, type ReportRow, reportColumns } from '@antq/domain';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';

interface Props {
  /** The table's accessible name. */
  label: string;
  rows: readonly ReportRow[];
  total: ReportRow;
  totalLabel: string;
  /** Where a unit's figures lead (its own report); no link when undefined. */
  linkFor?: (row: ReportRow) => string | undefined;
  /** Columns that say nothing at this level (a ward's "number of wards"). */
  omit?: readonly ReportField[];
}

type NumericField = Exclude<ReportField, 'unitCode' | 'unitName'>;

// The unit's name stays in view while the wide table scrolls sideways.
const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;

/** Sections in column order, each with its columns: the header's two rows. */
function columnGroups(omit: readonly ReportField[]) {
  const groups: Array<{ section: string; fields: NumericField[] }> = [];
  for (const c of reportColumns) {
    if (c.field === 'unitCode' || c.field === 'unitName' || omit.includes(c.field)) continue;
    const last = groups[groups.length - 1];
    if (last?.section === c.section) last.fields.push(c.field);
    else groups.push({ section: c.section, fields: [c.field] });
  }
  return groups;
}

/**
 * One row per unit and a total row, with the report's sections as column groups. Every figure of
 * a unit is a link to that unit's report, named with the unit and the column so a screen reader
 * hears "Quận Kiến An, Kế hoạch đã nộp: 3" rather than a bare number.
 */
export function ReportTable({ label, rows, total, totalLabel, linkFor, omit = [] }: Props) {
  const { t } = useI18n();
  const r = t.reports;
  const groups = columnGroups(omit);
  const fields = groups.flatMap((g) => g.fields);
  return (
    <>
      <Text size="xs" c="dimmed">
        {r.tableHint}
      </Text>
      <Table.ScrollContainer minWidth={220 + fields.length * 96} type="native">
        <Table aria-label={label} withTableBorder withColumnBorders striped highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2} miw={200} style={sticky}>
                {r.columns.unitName}
              </Table.Th>
              {groups.map((g) => (
                <Table.Th key={g.section} scope="colgroup" colSpan={g.fields.length} ta="center" bg="gray.1">
                  {r.sections[g.section] ?? g.section}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {fields.map((f) => (
                <Table.Th key={f} scope="col" ta="right" fz="xs" style={{ verticalAlign: 'bottom' }}>
                  {r.columns[f]}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const to = linkFor?.(row);
              return (
                <Table.Tr key={row.unitCode}>
                  <Table.Th scope="row" fw={500} style={sticky}>
                    {to ? (
                      <Anchor component={Link} to={to}>
                        {row.unitName}
                      </Anchor>
                    ) : (
                      row.unitName
                    )}
                  </Table.Th>
                  {fields.map((f) => {
                    const value = formatNumber(row[f]);
                    return (
                      <Table.Td key={f} ta="right">
                        {to ? (
                          <Anchor component={Link} to={to} aria-label={r.cellLink(row.unitName, r.columns[f], value)}>
                            {value}
                          </Anchor>
                        ) : (
                          value
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700} bg="gray.0">
              <Table.Th scope="row" style={{ ...sticky, background: 'var(--mantine-color-gray-0)' }}>
                {totalLabel}
              </Table.Th>
              {fields.map((f) => (
                <Table.Td key={f} ta="right">
                  {formatNumber(total[f])}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

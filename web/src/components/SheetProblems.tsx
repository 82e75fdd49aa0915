import { Alert, Table } from '@mantine/core';
import { useI18n } from '../i18n';

export interface FileProblem {
  row?: number;
  column?: string;
  message: string;
}

/** What is wrong with an imported file, row by row, so a person can find each cell. */
export function SheetProblems({ title, problems }: { title: string; problems: readonly FileProblem[] }) {
  const { t } = useI18n();
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <Table.ScrollContainer minWidth={420} type="native" mah={320}>
        <Table aria-label={t.criteria.problemsTable} verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={70}>
                {t.criteria.row}
              </Table.Th>
              <Table.Th scope="col" w={160}>
                {t.criteria.column}
              </Table.Th>
              <Table.Th scope="col">{t.criteria.problem}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{p.row ?? '—'}</Table.Td>
                <Table.Td>{p.column ?? '—'}</Table.Td>
                <Table.Td>{p.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}

import { reviewedYears } from '@antq/domain';
import { Table, Text } from '@mantine/core';
import type { ConferenceRecord } from '../../../api/types';
import { toneText } from '../../../components/tones';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import { EditButton } from '../shared/EditButton';
import { EmptyRow } from '../shared/EmptyRow';
import type { MovementScope } from '../shared/useMovementScope';

const kindColour = { interim: toneText.dark, final: toneText.blue, festival: toneText.grape } as const;

interface Props {
  conferences: readonly ConferenceRecord[];
  /** The table's accessible name. */
  label: string;
  empty: string;
  scope: MovementScope;
  /** Whether to show what each conference reviewed (not on a programme's page, where it is the programme). */
  showSubject?: boolean;
  onEdit: (record: ConferenceRecord) => void;
}

/** Conferences: kind, title, period reviewed ("2013–2023 (10 năm)"), day, participants, organiser. */
export function ConferenceTable({ conferences, label, empty, scope, showSubject = false, onEdit }: Props) {
  const { t } = useI18n();
  const c = t.conferences;
  const columns = showSubject ? 8 : 7;
  return (
    <Table.ScrollContainer minWidth={showSubject ? 1180 : 900} type="native" tabIndex={0}>
      <Table aria-label={label} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={130}>
              {c.kind}
            </Table.Th>
            <Table.Th scope="col" miw={220}>
              {c.title}
            </Table.Th>
            <Table.Th scope="col" w={150}>
              {c.period}
            </Table.Th>
            <Table.Th scope="col" w={110}>
              {c.date}
            </Table.Th>
            <Table.Th scope="col" w={110} ta="right">
              {c.participants}
            </Table.Th>
            <Table.Th scope="col" w={140}>
              {c.organiser}
            </Table.Th>
            {showSubject && (
              <Table.Th scope="col" miw={180}>
                {c.subject}
              </Table.Th>
            )}
            <Table.Th scope="col" w={80}>
              {t.movement.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conferences.length === 0 ? (
            <EmptyRow colSpan={columns} text={empty} />
          ) : (
            conferences.map((record) => {
              const f = record.fields;
              return (
                <Table.Tr key={record.recordId}>
                  <Table.Td>
                    <Text size="sm" fw={600} c={kindColour[f.kind]}>
                      {t.labels.conferenceKind[f.kind]}
                    </Text>
                  </Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {f.title}
                  </Table.Th>
                  <Table.Td>{t.movement.period(f.periodFromYear, f.periodToYear, reviewedYears(f))}</Table.Td>
                  <Table.Td>{formatDate(f.date)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(f.participants)}</Table.Td>
                  <Table.Td fz="sm">{scope.wardName(f.wardId) ?? c.districtWideShort}</Table.Td>
                  {showSubject && (
                    <Table.Td fz="sm">
                      {f.subject.type === 'movement' ? t.labels.conferenceSubject.movement : `${t.labels.conferenceSubject[f.subject.type]}: ${f.subject.label ?? ''}`}
                    </Table.Td>
                  )}
                  <Table.Td>
                    <EditButton name={f.title} onClick={() => onEdit(record)} />
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { reviewedYears } from '@antq/domain';
import { Table, Text } from '@mantine/core';
import type { ConferenceRecord } from '../../../api/types';
import { toneText } from '../../../components/tones';
import { formatDate, formatNumber } from '../../../format';
import { useI18n } from '../../../i18n';
import type { MovementScope } from '../shared/useMovementScope';
import { RecordTable } from '../shared/RecordTable';

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
  return (
    <RecordTable
      label={label}
      minWidth={showSubject ? 1180 : 900}
      columns={[
        { label: c.kind, w: 130 },
        { label: c.title, miw: 220 },
        { label: c.period, w: 150 },
        { label: c.date, w: 110 },
        { label: c.participants, w: 110, ta: 'right' },
        { label: c.organiser, w: 140 },
        showSubject && { label: c.subject, miw: 180 },
      ]}
      records={conferences}
      empty={empty}
      edit={{ name: (record) => record.fields.title, onEdit }}
      cells={({ fields: f }) => (
        <>
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
        </>
      )}
    />
  );
}

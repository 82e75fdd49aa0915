import { Table, Text } from '@mantine/core';
import type { ModelRecord } from '../../../api/types';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n';
import { RecordTable } from '../shared/RecordTable';
import type { MovementScope } from '../shared/useMovementScope';
import type { ModelSpread } from './modelSpread';
import { ModelStatusBadge } from './ModelStatusBadge';

interface Props {
  models: readonly ModelRecord[];
  spread: ReadonlyMap<string, ModelSpread>;
  scope: MovementScope;
  onEdit: (model: ModelRecord) => void;
}

/** Models with where they come from and where they were copied to ("Nhân rộng từ …"). */
export function ModelTable({ models, spread, scope, onEdit }: Props) {
  const { t } = useI18n();
  const m = t.models;
  const where = (model: ModelRecord) => `${model.fields.name} (${scope.wardName(model.fields.hostWardId)})`;
  return (
    <RecordTable
      label={m.table}
      minWidth={1000}
      columns={[{ label: m.name, miw: 220 }, { label: m.kind }, { label: m.ward }, { label: m.startDate, w: 110 }, { label: m.decisionAndRegulation }, { label: m.status, miw: 150 }]}
      records={models}
      empty={m.empty}
      edit={{ name: (model) => model.fields.name, onEdit }}
      cells={(model) => {
        const f = model.fields;
        const line = spread.get(model.recordId);
        return (
          <>
            <Table.Th scope="row" fw={500}>
              <div>{f.name}</div>
              {(line?.source || line?.hiddenSource) && (
                <Text size="xs" c="dimmed" fw={400}>
                  {m.replicatedFromLine(line.source ? where(line.source) : m.unknownSource)}
                </Text>
              )}
              {line && line.replicas.length > 0 && (
                <Text size="xs" c="dimmed" fw={400}>
                  {m.replicasLine(line.replicas.map(where).join('; '))}
                </Text>
              )}
            </Table.Th>
            <Table.Td fz="sm">{t.labels.modelKind[f.kind]}</Table.Td>
            <Table.Td fz="sm">
              {scope.wardName(f.hostWardId)}
              {f.residentialGroup && (
                <Text size="xs" c="dimmed">
                  {f.residentialGroup}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{formatDate(f.startDate)}</Table.Td>
            <Table.Td fz="sm">
              {f.foundingDecision ? t.movement.legalLine(t.legalTypes[f.foundingDecision.type], f.foundingDecision.number, f.foundingDecision.date, f.foundingDecision.issuer) : t.common.none}
              {f.regulation && (
                <Text size="xs" c="dimmed">
                  {m.regulation}: {m.regulationLine(f.regulation.chapters, f.regulation.articles)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <ModelStatusBadge status={f.status} />
            </Table.Td>
          </>
        );
      }}
    />
  );
}

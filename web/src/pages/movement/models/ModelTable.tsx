import { Table, Text } from '@mantine/core';
import type { ModelRecord } from '../../../api/types';
import { formatDate } from '../../../format';
import { useI18n } from '../../../i18n';
import { EditButton } from '../shared/EditButton';
import { EmptyRow } from '../shared/EmptyRow';
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
    <Table.ScrollContainer minWidth={1000} type="native" tabIndex={0}>
      <Table aria-label={m.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={220}>
              {m.name}
            </Table.Th>
            <Table.Th scope="col">{m.kind}</Table.Th>
            <Table.Th scope="col">{m.ward}</Table.Th>
            <Table.Th scope="col" w={110}>
              {m.startDate}
            </Table.Th>
            <Table.Th scope="col">{m.decisionAndRegulation}</Table.Th>
            <Table.Th scope="col" miw={150}>
              {m.status}
            </Table.Th>
            <Table.Th scope="col" w={80}>
              {t.movement.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {models.length === 0 ? (
            <EmptyRow colSpan={7} text={m.empty} />
          ) : (
            models.map((model) => {
              const f = model.fields;
              const line = spread.get(model.recordId);
              return (
                <Table.Tr key={model.recordId}>
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
                  <Table.Td>
                    <EditButton name={f.name} onClick={() => onEdit(model)} />
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

import type { PlanContent } from '@antq/domain';
import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Facts } from '../../components/Facts';
import { formatDate, formatVnd } from '../../format';
import { useI18n } from '../../i18n';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={3} fz="md" mb="xs">
        {title}
      </Title>
      {children}
    </div>
  );
}

function None({ text }: { text: string }) {
  return (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
}

/** A plan as a person reads it: documents, steering committee, activities, budget, targets, notes. */
export function PlanView({ content, criterionText }: { content: PlanContent; criterionText?: (code: string) => string | undefined }) {
  const { t } = useI18n();
  const p = t.plan;
  const s = content.steeringCommittee;
  return (
    <Stack gap="lg">
      <Part title={p.legalTitle}>
        {content.legalReferences.length === 0 ? (
          <None text={p.nothing} />
        ) : (
          <Table.ScrollContainer minWidth={700} type="native">
            <Table aria-label={p.legalTable} withTableBorder striped verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{p.docType}</Table.Th>
                  <Table.Th scope="col">{p.docNumber}</Table.Th>
                  <Table.Th scope="col">{p.docIssuer}</Table.Th>
                  <Table.Th scope="col">{p.docDate}</Table.Th>
                  <Table.Th scope="col">{p.docTitle}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.legalReferences.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{t.legalTypes[r.type]}</Table.Td>
                    <Table.Td fw={600}>{r.number}</Table.Td>
                    <Table.Td>{r.issuer}</Table.Td>
                    <Table.Td>{formatDate(r.date)}</Table.Td>
                    <Table.Td>{r.title ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Part>
      <Part title={p.steeringTitle}>
        {!s ? (
          <None text={p.steeringNone} />
        ) : (
          <Stack gap="sm">
            <Facts
              items={[
                { label: p.steeringHead, value: s.head },
                {
                  label: p.decision,
                  value: s.decision ? `${s.decision.number} — ${s.decision.issuer}, ${formatDate(s.decision.date)}${s.decision.title ? ` (${s.decision.title})` : ''}` : '—',
                },
              ]}
            />
            {s.members.length > 0 && (
              <Table.ScrollContainer minWidth={520} type="native">
                <Table aria-label={p.membersTable} withTableBorder verticalSpacing={4} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{p.memberName}</Table.Th>
                      <Table.Th scope="col">{p.memberPosition}</Table.Th>
                      <Table.Th scope="col">{p.memberOrganisation}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.members.map((m, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{m.name}</Table.Td>
                        <Table.Td>{m.position}</Table.Td>
                        <Table.Td>{m.organisation ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </Part>
      <Part title={p.activitiesTitle}>
        {content.activities.length === 0 ? (
          <None text={p.nothing} />
        ) : (
          <Table.ScrollContainer minWidth={700} type="native">
            <Table aria-label={p.activitiesTable} withTableBorder striped verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={50}>
                    {t.units.index}
                  </Table.Th>
                  <Table.Th scope="col">{p.activityTitle}</Table.Th>
                  <Table.Th scope="col">{p.activityOwner}</Table.Th>
                  <Table.Th scope="col" w={130}>
                    {p.activityDue}
                  </Table.Th>
                  <Table.Th scope="col">{p.activityDescription}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.activities.map((a, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td fw={500}>{a.title}</Table.Td>
                    <Table.Td>{a.ownerOrganisation}</Table.Td>
                    <Table.Td>{formatDate(a.dueDate)}</Table.Td>
                    <Table.Td>{a.description ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Part>
      <Part title={p.budgetTitle}>
        {!content.budget ? (
          <None text={p.budgetNone} />
        ) : (
          <Facts
            items={[
              { label: p.budgetAmount, value: formatVnd(content.budget.amountVnd) },
              { label: p.budgetSource, value: content.budget.source ?? '—' },
              { label: p.budgetNote, value: content.budget.note ?? '—' },
            ]}
          />
        )}
      </Part>
      <Part title={p.targetsTitle}>
        {content.targets.length === 0 ? (
          <None text={p.nothing} />
        ) : (
          <Table.ScrollContainer minWidth={600} type="native">
            <Table aria-label={p.targetsTable} withTableBorder striped verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="45%">
                    {p.targetCriterion}
                  </Table.Th>
                  <Table.Th scope="col">{p.targetText}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.targets.map((target, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <Text span ff="monospace" fw={600} size="sm">
                        {target.criterionCode}
                      </Text>{' '}
                      {criterionText?.(target.criterionCode)}
                    </Table.Td>
                    <Table.Td>{target.target}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Part>
      {content.notes && (
        <Part title={p.notesTitle}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {content.notes}
          </Text>
        </Part>
      )}
    </Stack>
  );
}

import { Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { toneText } from '../../../components/tones';
import { emptyMember, type MemberRow, type PlanFormState } from '../planForm';
import { RowFieldset } from './RowFieldset';
import type { ErrorOf } from './types';

type Steering = PlanFormState['steering'];

interface Props {
  value: Steering;
  onChange: (value: Steering) => void;
  errorOf: ErrorOf;
}

/** The steering committee: its head, the decision that set it up, its members. */
export function SteeringEditor({ value, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const p = t.plan;
  const set = (change: Partial<Steering>) => onChange({ ...value, ...change });
  const setMember = (key: string, change: Partial<MemberRow>) => set({ members: value.members.map((m) => (m.key === key ? { ...m, ...change } : m)) });
  return (
    <Stack gap="sm">
      <TextInput label={p.steeringHead} placeholder={p.steeringHeadHint} value={value.head} onChange={(e) => set({ head: e.currentTarget.value })} error={errorOf('steering.head') ?? errorOf('steering')} maxLength={200} />
      <Text size="sm" fw={600}>
        {p.decision}{' '}
        <Text span size="xs" c="dimmed" fw={400}>
          ({t.common.optional})
        </Text>
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <TextInput label={p.decisionNumber} value={value.decisionNumber} onChange={(e) => set({ decisionNumber: e.currentTarget.value })} error={errorOf('steering.decisionNumber')} maxLength={100} spellCheck={false} />
        <TextInput label={p.decisionIssuer} value={value.decisionIssuer} onChange={(e) => set({ decisionIssuer: e.currentTarget.value })} error={errorOf('steering.decisionIssuer')} maxLength={300} />
        <DateField label={p.decisionDate} value={value.decisionDate} onChange={(decisionDate) => set({ decisionDate })} error={errorOf('steering.decisionDate')} w="100%" />
        <TextInput label={p.decisionTitle} value={value.decisionTitle} onChange={(e) => set({ decisionTitle: e.currentTarget.value })} error={errorOf('steering.decisionTitle')} maxLength={500} />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {p.members}
      </Text>
      {value.members.map((m, i) => {
        const err = (field: string) => errorOf(`members.${m.key}.${field}`);
        return (
          <RowFieldset key={m.key} legend={p.memberItem(i + 1)} removeLabel={p.removeMember(i + 1)} onRemove={() => set({ members: value.members.filter((x) => x.key !== m.key) })}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={p.memberName} value={m.name} onChange={(e) => setMember(m.key, { name: e.currentTarget.value })} error={err('name')} maxLength={200} />
              <TextInput label={p.memberPosition} value={m.position} onChange={(e) => setMember(m.key, { position: e.currentTarget.value })} error={err('position')} maxLength={200} />
              <TextInput label={p.memberOrganisation} value={m.organisation} onChange={(e) => setMember(m.key, { organisation: e.currentTarget.value })} error={err('organisation')} maxLength={300} />
            </SimpleGrid>
          </RowFieldset>
        );
      })}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => set({ members: [...value.members, emptyMember()] })}>
          {p.addMember}
        </Button>
      </Group>
    </Stack>
  );
}

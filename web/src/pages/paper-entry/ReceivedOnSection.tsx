import { Alert, Stack } from '@mantine/core';
import { DateField } from '../../components/DateField';
import { Section } from '../../components/Section';
import { ToneBadge } from '../../components/ToneBadge';
import { useI18n } from '../../i18n';
import type { ReceivedOn } from './useReceivedOn';

/** The day a paper submission was received, what it means, and whether it is on time by that day. */
export function ReceivedOnSection({ received, deadline }: { received: ReceivedOn; deadline: string }) {
  const { t } = useI18n();
  const p = t.paperEntry;
  const onTime = received.value <= deadline;
  return (
    <Section title={p.sectionTitle}>
      <Alert color="blue" variant="light" role="note" title={p.noteTitle}>
        {p.note}
      </Alert>
      <Stack gap={6}>
        <DateField
          id={received.id}
          label={p.receivedOn}
          description={p.receivedOnHint}
          required
          w={{ base: '100%', xs: 360 }}
          value={received.value}
          onChange={received.setValue}
          error={received.fieldError}
        />
        {received.valid && (
          <div role="status">
            <ToneBadge tone={onTime ? 'green' : 'red'} size="lg" tt="none">
              {p.timing(onTime, deadline)}
            </ToneBadge>
          </div>
        )}
      </Stack>
    </Section>
  );
}

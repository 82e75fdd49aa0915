import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { useI18n } from '../../../i18n';
import { toneText } from '../../../components/tones';
import { type ActivityRow, emptyActivity } from '../planForm';
import { RowFieldset } from './RowFieldset';
import type { ErrorOf } from './types';

interface Props {
  rows: ActivityRow[];
  onChange: (rows: ActivityRow[]) => void;
  errorOf: ErrorOf;
}

/** The plan's activities: what, which organisation leads it, by when. */
export function ActivitiesEditor({ rows, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const p = t.plan;
  const update = (key: string, change: Partial<ActivityRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Stack gap="sm">
      {rows.map((row, i) => {
        const err = (field: string) => errorOf(`activities.${row.key}.${field}`);
        return (
          <RowFieldset key={row.key} legend={p.activityItem(i + 1)} removeLabel={p.removeActivity(i + 1)} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <TextInput label={p.activityTitle} value={row.title} onChange={(e) => update(row.key, { title: e.currentTarget.value })} error={err('title')} maxLength={500} />
              <TextInput label={p.activityOwner} value={row.ownerOrganisation} onChange={(e) => update(row.key, { ownerOrganisation: e.currentTarget.value })} error={err('ownerOrganisation')} maxLength={300} />
              <DateField label={p.activityDue} value={row.dueDate} onChange={(dueDate) => update(row.key, { dueDate })} error={err('dueDate')} w="100%" />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={p.activityDescription}
              description={t.common.optional}
              autosize
              minRows={1}
              value={row.description}
              onChange={(e) => update(row.key, { description: e.currentTarget.value })}
              error={err('description')}
              maxLength={2000}
            />
          </RowFieldset>
        );
      })}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, emptyActivity()])}>
          {p.addActivity}
        </Button>
      </Group>
    </Stack>
  );
}

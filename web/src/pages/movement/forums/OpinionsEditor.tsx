import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { RowFieldset } from '../../plan/editor/RowFieldset';
import { emptyOpinion, type Handling, type OpinionRow } from './forumForm';

const handlings: Handling[] = ['pending', 'accepted', 'answered'];

interface Props {
  rows: OpinionRow[];
  /** The forum's day: accepting an opinion starts from it. */
  forumDate: string;
  onChange: (rows: OpinionRow[]) => void;
  errorOf: (path: string) => string | undefined;
}

/** Each opinion people raised and how it was handled: accepted (and remedied) or answered, with the dates. */
export function OpinionsEditor({ rows, forumDate, onChange, errorOf }: Props) {
  const { t } = useI18n();
  const f = t.forums;
  const update = (key: string, change: Partial<OpinionRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const setHandling = (row: OpinionRow, handling: Handling) =>
    update(row.key, {
      handling,
      ...(handling === 'accepted' && !row.acceptedOn && forumDate && { acceptedOn: forumDate }),
    });
  return (
    <Stack gap="sm">
      {rows.map((row, i) => {
        const err = (field: string) => errorOf(`opinions.${i}.${field}`);
        return (
          <RowFieldset key={row.key} legend={f.opinionItem(i + 1)} removeLabel={f.removeOpinion(i + 1)} onRemove={() => onChange(rows.filter((r) => r.key !== row.key))}>
            <Textarea label={f.opinionText} autosize minRows={1} value={row.text} onChange={(e) => update(row.key, { text: e.currentTarget.value })} error={err('text')} maxLength={2000} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="sm">
              <NativeSelect
                label={f.handling}
                value={row.handling}
                onChange={(e) => setHandling(row, e.currentTarget.value as Handling)}
                data={handlings.map((h) => ({ value: h, label: t.labels.opinionHandling[h] }))}
                error={err('handling')}
              />
              {row.handling === 'accepted' && (
                <>
                  <DateField label={f.acceptedOn} value={row.acceptedOn} onChange={(acceptedOn) => update(row.key, { acceptedOn })} error={err('acceptedOn')} w="100%" />
                  <DateField label={f.remediedOn} value={row.remediedOn} onChange={(remediedOn) => update(row.key, { remediedOn })} error={err('remediedOn')} w="100%" />
                </>
              )}
              {row.handling === 'answered' && (
                <DateField label={f.answeredOn} value={row.answeredOn} onChange={(answeredOn) => update(row.key, { answeredOn })} error={err('answeredOn')} w="100%" />
              )}
            </SimpleGrid>
          </RowFieldset>
        );
      })}
      <Group>
        <Button variant="light" color={toneText.blue} onClick={() => onChange([...rows, emptyOpinion()])}>
          {f.addOpinion}
        </Button>
      </Group>
    </Stack>
  );
}

import { Grid, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useI18n } from '../../../i18n';
import type { SubjectChoice } from '../shared/useSubjectNames';
import { isRefSubject, type NominationFormValues, type RefSubjectType, type SubjectType, subjectTypes } from './nominationForm';

interface Props {
  values: NominationFormValues;
  set: <K extends keyof NominationFormValues>(key: K, value: NominationFormValues[K]) => void;
  errorOf: (path: string) => string | undefined;
  choices: Record<RefSubjectType, SubjectChoice[]>;
}

const yearProps = { allowDecimal: false, allowNegative: false, min: 1945, max: 2100, hideControls: true, inputMode: 'numeric' as const, maxLength: 4 };

/**
 * What the achievement is for: a campaign, a joint programme or a review conference of the district
 * (picked from its records), or a period named by hand; and the years it covers.
 */
export function SubjectFields({ values, set, errorOf, choices }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const type = values.subjectType;
  const refChoices = isRefSubject(type) ? choices[type] : [];
  const year = (key: 'fromYear' | 'toYear', label: string) => (
    <NumberInput label={label} value={values[key]} onChange={(v) => set(key, v === '' ? '' : Number(v))} error={errorOf(`achievement.subject.${key}`)} {...yearProps} />
  );
  return (
    <Grid gutter="sm">
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        <NativeSelect
          label={a.subject}
          value={type}
          onChange={(e) => set('subjectType', e.currentTarget.value as SubjectType)}
          data={subjectTypes.map((s) => ({ value: s, label: a.subjectType[s] }))}
          error={errorOf('achievement.subject.type')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
        {isRefSubject(type) ? (
          <NativeSelect
            label={a.subjectRef[type]}
            value={values.subjectRef}
            onChange={(e) => set('subjectRef', e.currentTarget.value)}
            data={[{ value: '', label: refChoices.length > 0 ? a.choose : a.nothingToChoose, disabled: true }, ...refChoices.map((c) => ({ value: c.refId, label: c.text }))]}
            error={errorOf('achievement.subject.refId')}
          />
        ) : (
          <TextInput
            label={a.periodLabel}
            placeholder={a.periodLabelHint}
            value={values.periodLabel}
            onChange={(e) => set('periodLabel', e.currentTarget.value)}
            error={errorOf('achievement.subject.label')}
            maxLength={300}
          />
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>{year('fromYear', a.fromYear)}</Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>{year('toYear', a.toYear)}</Grid.Col>
    </Grid>
  );
}

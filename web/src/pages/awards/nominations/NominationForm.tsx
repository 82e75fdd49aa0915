import { nominationFieldsSchema } from '@antq/domain';
import { NativeSelect, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../i18n';
import { FormButtons } from '../../movement/shared/FormButtons';
import { FormProblems } from '../../movement/shared/FormProblems';
import { problemsOf, useProblems } from '../../movement/shared/problems';
import type { MovementScope } from '../../movement/shared/useMovementScope';
import { WardField } from '../../movement/shared/WardField';
import { formChoices } from '../shared/formChoices';
import type { SubjectChoice } from '../shared/useSubjectNames';
import type { AwardFormOutput, NominationFieldsInput } from '../types';
import { AttachmentsEditor } from './AttachmentsEditor';
import { blankNominationProblems, isRefSubject, type NominationFormValues, type RefSubjectType, toNominationFields } from './nominationForm';
import { RecipientFields } from './RecipientFields';
import { SubjectFields } from './SubjectFields';

interface Props {
  initial: NominationFormValues;
  editing: boolean;
  scope: MovementScope;
  forms: readonly AwardFormOutput[];
  choices: Record<RefSubjectType, SubjectChoice[]>;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: NominationFieldsInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * A nomination: who (collective, person or household), the ward that nominates (or the district),
 * the achievement and what it is for, the proposed form (only those that suit the recipient), and
 * the dossier's documents.
 */
export function NominationForm({ initial, editing, scope, forms, choices, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const [values, setValues] = useState(initial);
  const { local, setLocal, errorOf } = useProblems(error);
  const set = <K extends keyof NominationFormValues>(key: K, value: NominationFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const nameLabel = { collective: a.collectiveName, individual: a.personName, household: a.householder }[values.kind];
  const labels: Record<string, string> = {
    'recipient.kind': a.recipientKind,
    'recipient.name': nameLabel,
    'recipient.collectiveType': a.collectiveType,
    'recipient.position': a.position,
    'recipient.unit': a.unit,
    'recipient.birthYear': a.birthYear,
    'recipient.address': a.address,
    recipient: a.recipient,
    wardId: a.ward,
    achievement: a.achievement,
    'achievement.summary': a.achievement,
    'achievement.subject.type': a.subject,
    'achievement.subject.refId': isRefSubject(values.subjectType) ? a.subjectRef[values.subjectType] : a.subject,
    'achievement.subject.label': a.periodLabel,
    'achievement.subject.fromYear': a.fromYear,
    'achievement.subject.toYear': a.toYear,
    proposedFormCode: a.proposedForm,
  };
  const describe = (path: string) => {
    const row = /^attachments\.(\d+)\.(title|documentNumber)$/.exec(path);
    if (row) return `${a.attachmentItem(Number(row[1]) + 1)} › ${row[2] === 'title' ? a.attachmentTitle : a.attachmentNumber}`;
    return labels[path];
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ref = isRefSubject(values.subjectType) ? choices[values.subjectType].find((c) => c.refId === values.subjectRef) : undefined;
    const fields = toNominationFields(values, ref?.label, a.periodDefault);
    const blank = blankNominationProblems(values, a.required);
    const found = Object.keys(blank).length > 0 ? blank : problemsOf(nominationFieldsSchema, fields);
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit(fields);
  }

  const chosenForm = forms.find((f) => f.code === values.formCode);
  return (
    <form onSubmit={submit} noValidate aria-label={editing ? a.editTitle : a.newTitle}>
      <Stack gap="md">
        <RecipientFields values={values} set={set} errorOf={errorOf} />
        <WardField label={a.ward} scope={scope} value={values.wardId} onChange={(w) => set('wardId', w)} error={errorOf('wardId')} districtWide={a.districtWide} />
        <Textarea
          label={a.achievement}
          description={a.achievementHint}
          autosize
          minRows={3}
          value={values.summary}
          onChange={(e) => set('summary', e.currentTarget.value)}
          error={errorOf('achievement.summary') ?? errorOf('achievement')}
          maxLength={4000}
        />
        <SubjectFields values={values} set={set} errorOf={errorOf} choices={choices} />
        <NativeSelect
          label={a.proposedForm}
          description={chosenForm ? a.formNote(chosenForm.issuer, chosenForm.validTo) : undefined}
          value={values.formCode}
          onChange={(e) => set('formCode', e.currentTarget.value)}
          data={[{ value: '', label: a.chooseForm, disabled: true }, ...formChoices(forms, values.kind, (l) => a.level[l], values.formCode)]}
          error={errorOf('proposedFormCode') ?? errorOf('recipient')}
        />
        <AttachmentsEditor rows={values.attachments} onChange={(rows) => set('attachments', rows)} errorOf={errorOf} />
        <FormProblems local={local} error={error} describe={describe} onReload={onReload} />
        <FormButtons saveLabel={a.save} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

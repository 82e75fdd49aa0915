import { Button, Group } from '@mantine/core';
import { toneText } from '../../../components/tones';
import { useI18n } from '../../../i18n';
import { EditButton } from '../../movement/shared/EditButton';
import type { NominationOutput } from '../types';

export type NominationAction = 'submit' | 'accept' | 'return';

interface Props {
  nomination: NominationOutput;
  isCoordinator: boolean;
  onEdit: () => void;
  onAct: (action: NominationAction) => void;
}

/**
 * What can be done with a nomination now, each button named for its recipient: edit and send while
 * it is a draft or returned; accept or return (the district) while it awaits review.
 */
export function NominationActions({ nomination, isCoordinator, onEdit, onAct }: Props) {
  const { t } = useI18n();
  const a = t.awards;
  const name = nomination.fields.recipient.name;
  const open = nomination.status === 'draft' || nomination.status === 'returned';
  const reviewable = isCoordinator && nomination.status === 'submitted';
  if (!open && !reviewable) return null;
  return (
    <Group gap={6} wrap="nowrap">
      {open && (
        <>
          <EditButton name={name} onClick={onEdit} />
          <Button size="compact-sm" variant="light" color={toneText.blue} onClick={() => onAct('submit')} aria-label={a.submitOf(name)}>
            {a.submit}
          </Button>
        </>
      )}
      {reviewable && (
        <>
          <Button size="compact-sm" variant="light" color={toneText.green} onClick={() => onAct('accept')} aria-label={a.acceptOf(name)}>
            {a.accept}
          </Button>
          <Button size="compact-sm" variant="light" color={toneText.red} onClick={() => onAct('return')} aria-label={a.returnOf(name)}>
            {a.return}
          </Button>
        </>
      )}
    </Group>
  );
}

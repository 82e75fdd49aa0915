import { Alert } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { errorCodeOf, fieldErrorsOf } from '../../api/errors';
import { vietnamToday } from '../../format';
import { useI18n } from '../../i18n';
import { receivedOnIssue, splitReceivedOnProblems } from './paperEntry';

export interface ReceivedOn {
  /** The date field's id, to point at it. */
  id: string;
  value: string;
  setValue: (value: string) => void;
  /** Valid and not in the future: the day to send. */
  valid: boolean;
  /** The message under the date field: the console's own check once sending was tried, or the API's. */
  fieldError: string | undefined;
  /** What the editor shows itself: the call's error unless it was only about the date (shown on its field). */
  editorError: unknown;
  /** Beside the editor's send button while the date is what stops the sending. */
  missingNotice: ReactNode;
  /** The editor's form was submitted: check the date too, whatever the content. */
  attempt: () => void;
  /** The day to send, or undefined after pointing at the date field. */
  take: () => string | undefined;
}

/**
 * The required "Ngày nhận hồ sơ" of a paper submission, beside the ward's own editor: checked
 * when the editor's form is sent (not after today, as the API checks again), with the API's
 * message on the field when it refuses the date.
 */
export function useReceivedOn(error: unknown): ReceivedOn {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<string>();
  const issue = receivedOnIssue(value, vietnamToday());
  const { receivedOn: serverMessage, onlyDate } = splitReceivedOnProblems(errorCodeOf(error) === 'BAD_REQUEST' ? fieldErrorsOf(error) : {});
  // A date half typed is the date field's own to point out (when it loses focus).
  const local = tried && issue && issue !== 'invalid' ? t.paperEntry[issue] : undefined;
  return {
    id,
    value,
    setValue,
    valid: issue === undefined,
    fieldError: local ?? (value === sent ? serverMessage : undefined),
    editorError: onlyDate ? undefined : error,
    missingNotice:
      tried && issue ? (
        <Alert color="red" variant="light" role="alert">
          {t.paperEntry.missing}
        </Alert>
      ) : undefined,
    attempt: () => setTried(true),
    take: () => {
      setTried(true);
      if (issue) {
        document.getElementById(id)?.focus();
        return undefined;
      }
      setSent(value);
      return value;
    },
  };
}

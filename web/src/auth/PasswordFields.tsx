import { passwordProblem } from '@antq/domain';
import { PasswordInput, Stack } from '@mantine/core';
import { type Messages, useI18n } from '../i18n';

export interface NewPasswordValue {
  password: string;
  confirm: string;
}

export interface NewPasswordErrors {
  password?: string;
  confirm?: string;
}

/**
 * The policy of the stack (≥ 12 characters, upper, lower, digit, symbol), checked before anything
 * is sent, with the domain's Vietnamese sentence (or its translation), and the repeated password.
 */
export function checkNewPassword(value: NewPasswordValue, t: Messages): NewPasswordErrors {
  return {
    ...(passwordProblem(value.password) && { password: t.password.policy }),
    ...(!passwordProblem(value.password) && value.confirm !== value.password && { confirm: t.password.mismatch }),
  };
}

interface Props {
  value: NewPasswordValue;
  errors: NewPasswordErrors;
  onChange: (value: NewPasswordValue) => void;
  /** Focus the first field when the screen opens. */
  autoFocus?: boolean;
}

/** "Mật khẩu mới" with the policy under it, and "Nhập lại mật khẩu mới". */
export function PasswordFields({ value, errors, onChange, autoFocus }: Props) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <PasswordInput
        label={t.password.newPassword}
        description={t.password.hint}
        name="new-password"
        autoComplete="new-password"
        autoFocus={autoFocus}
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.currentTarget.value })}
        error={errors.password}
      />
      <PasswordInput
        label={t.password.confirm}
        name="confirm-password"
        autoComplete="new-password"
        value={value.confirm}
        onChange={(e) => onChange({ ...value, confirm: e.currentTarget.value })}
        error={errors.confirm}
      />
    </Stack>
  );
}

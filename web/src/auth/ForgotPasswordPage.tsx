import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n';
import { AuthFrame } from './AuthFrame';
import { checkNewPassword, type NewPasswordErrors, type NewPasswordValue, PasswordFields } from './PasswordFields';
import { failureMessage } from './SignInPage';
import { normalizeUsername, requestForgotPassword, requestResetPassword } from './signIn';
import { useSession } from './useSession';

const CODE = /^\d{6}$/;

function BackToSignIn() {
  const { t } = useI18n();
  return (
    <Anchor component={Link} to="/sign-in" size="sm">
      {t.auth.backToSignIn}
    </Anchor>
  );
}

/** Step 1: the username; the server sends a code to the account's contact (and says the same for unknown names). */
function RequestCode({ initial, onSent }: { initial: string; onSent: (username: string, message?: string) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState(initial);
  const [error, setError] = useState<{ field?: string; message?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim()) return setError({ field: t.auth.usernameRequired });
    setBusy(true);
    setError({});
    const result = await requestForgotPassword(username.trim());
    setBusy(false);
    if (result.ok) return onSent(normalizeUsername(username), result.message);
    setError({ field: result.fieldErrors?.username?.[0], message: result.fieldErrors?.username ? undefined : failureMessage(result, t) });
  }

  return (
    <AuthFrame title={t.auth.forgotTitle} intro={t.auth.forgotIntro} footer={<BackToSignIn />}>
      {error.message && (
        <Alert color="red" variant="light" role="alert">
          {error.message}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t.auth.forgotTitle}>
        <Stack gap="sm">
          <TextInput
            label={t.auth.username}
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={error.field}
          />
          <Button type="submit" loading={busy} mt="xs" fullWidth>
            {t.auth.forgotSubmit}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

/** Step 2: the code that was sent and the new password; back to the sign-in page with a success message. */
function ResetPassword({ username, sentMessage, onOtherUser }: { username: string; sentMessage?: string; onOtherUser: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<NewPasswordErrors & { code?: string; message?: string }>({});
  const [busy, setBusy] = useState(false);
  const [resent, setResent] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = { ...(!CODE.test(code.trim()) && { code: t.auth.codeRequired }), ...checkNewPassword(value, t) };
    if (problems.code || problems.password || problems.confirm) return setErrors(problems);
    setBusy(true);
    setErrors({});
    const result = await requestResetPassword(username, code.trim(), value.password);
    setBusy(false);
    if (result.ok) {
      navigate('/sign-in', { replace: true, state: { notice: 'passwordReset' } });
      return;
    }
    const codeError = result.fieldErrors?.code?.[0];
    const passwordError = result.fieldErrors?.newPassword?.[0];
    setErrors({
      ...(codeError && { code: codeError }),
      ...(passwordError && { password: passwordError }),
      ...(!codeError && !passwordError && { message: failureMessage(result, t) }),
    });
  }

  async function resend() {
    setResent(false);
    const result = await requestForgotPassword(username);
    if (result.ok) setResent(true);
    else setErrors({ message: failureMessage(result, t) });
  }

  return (
    <AuthFrame
      title={t.auth.resetTitle}
      intro={t.auth.resetIntro(username)}
      footer={
        <>
          <Anchor component="button" type="button" size="sm" onClick={() => void resend()}>
            {t.auth.resendCode}
          </Anchor>
          <Anchor component="button" type="button" size="sm" onClick={onOtherUser}>
            {t.auth.otherUser}
          </Anchor>
          <BackToSignIn />
        </>
      }
    >
      <Alert color="blue" variant="light" role="status">
        {resent ? t.auth.codeResent : (sentMessage ?? t.auth.codeSent)}
      </Alert>
      {errors.message && (
        <Alert color="red" variant="light" role="alert">
          {errors.message}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t.auth.resetTitle}>
        <Stack gap="sm">
          <TextInput
            label={t.auth.code}
            description={t.auth.codeHint}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={errors.code}
          />
          <PasswordFields value={value} errors={errors} onChange={setValue} />
          <Button type="submit" loading={busy} mt="xs" fullWidth>
            {t.auth.resetSubmit}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

/** "Quên mật khẩu?": ask for a code, then set a new password with it. */
export function ForgotPasswordPage() {
  const session = useSession();
  const location = useLocation();
  const initial = (location.state as { username?: unknown } | null)?.username;
  const [sent, setSent] = useState<{ username: string; message?: string }>();
  if (session) return <Navigate to="/" replace />;
  return sent ? (
    <ResetPassword username={sent.username} sentMessage={sent.message} onOtherUser={() => setSent(undefined)} />
  ) : (
    <RequestCode initial={typeof initial === 'string' ? initial : ''} onSent={(username, message) => setSent({ username, message })} />
  );
}

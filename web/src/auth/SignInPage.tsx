import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { type Messages, useI18n } from '../i18n';
import { AuthFrame } from './AuthFrame';
import { checkNewPassword, type NewPasswordErrors, type NewPasswordValue, PasswordFields } from './PasswordFields';
import { type Session, type SignOutNotice, sessionStore } from './session';
import { type AuthFailure, requestNewPassword, requestSignIn } from './signIn';
import { useSession } from './useSession';

interface FormErrors {
  message?: string;
  username?: string;
  password?: string;
}

const targetFrom = (state: unknown): string => {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/sign-in') ? from : '/';
};

/** The server's own sentence for a refusal (disabled, locked for N minutes, reset required, unavailable…). */
export function failureMessage(failure: AuthFailure, t: Messages): string {
  if (failure.kind === 'network') return t.common.networkError;
  return failure.message ?? t.common.unexpectedError;
}

const first = (failure: AuthFailure, key: string) => failure.fieldErrors?.[key]?.[0];

function Notice({ notice, passwordReset }: { notice: SignOutNotice | null; passwordReset: boolean }) {
  const { t } = useI18n();
  if (passwordReset) {
    return (
      <Alert color="green" variant="light" role="status">
        {t.auth.passwordReset}
      </Alert>
    );
  }
  if (!notice) return null;
  const [color, text] =
    notice.reason === 'refused'
      ? ['red', notice.message ?? t.auth.refused]
      : notice.reason === 'expired'
        ? ['yellow', t.common.sessionExpired]
        : ['blue', t.auth.signedOut];
  return (
    <Alert color={color} variant="light" role={notice.reason === 'refused' ? 'alert' : 'status'}>
      {text}
    </Alert>
  );
}

/** The NEW_PASSWORD_REQUIRED answer: the one-time password is replaced before the session starts. */
function NewPasswordStep({ username, challengeSession, onSession, onCancel }: { username: string; challengeSession: string; onSession: (s: Session) => void; onCancel: (message?: string) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<NewPasswordErrors & { message?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkNewPassword(value, t);
    if (problems.password || problems.confirm) return setErrors(problems);
    setBusy(true);
    setErrors({});
    const result = await requestNewPassword(username, challengeSession, value.password);
    setBusy(false);
    if (result.ok && result.kind === 'session') return onSession(result.session);
    if (result.ok) return setErrors({ message: t.common.unexpectedError });
    // The challenge lasts a few minutes: past that, sign in again with the one-time password.
    if (result.code === 'CHALLENGE_EXPIRED') return onCancel(failureMessage(result, t));
    const field = first(result, 'newPassword');
    setErrors(field ? { password: field } : { message: failureMessage(result, t) });
  }

  return (
    <AuthFrame title={t.auth.newPasswordTitle} intro={t.auth.newPasswordIntro(username)}>
      {errors.message && (
        <Alert color="red" variant="light" role="alert">
          {errors.message}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t.auth.newPasswordTitle}>
        <Stack gap="sm">
          <PasswordFields value={value} errors={errors} onChange={setValue} autoFocus />
          <Button type="submit" loading={busy} mt="xs" fullWidth>
            {t.auth.newPasswordSubmit}
          </Button>
          <Button variant="subtle" onClick={() => onCancel()} disabled={busy}>
            {t.auth.backToSignIn}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<{ username: string; challengeSession: string }>();
  const notice = sessionStore.notice();
  const passwordReset = (location.state as { notice?: unknown } | null)?.notice === 'passwordReset';

  if (session) return <Navigate to={targetFrom(location.state)} replace />;

  const start = (next: Session) => {
    sessionStore.signIn(next);
    navigate(targetFrom(location.state), { replace: true });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FormErrors = {
      ...(!username.trim() && { username: t.auth.usernameRequired }),
      ...(!password && { password: t.auth.passwordRequired }),
    };
    if (missing.username || missing.password) return setErrors(missing);
    setBusy(true);
    setErrors({});
    const result = await requestSignIn(username.trim(), password);
    setBusy(false);
    if (result.ok && result.kind === 'session') return start(result.session);
    if (result.ok) {
      setPassword('');
      setChallenge({ username: result.username, challengeSession: result.challengeSession });
      return;
    }
    setErrors({
      message: failureMessage(result, t),
      ...(first(result, 'username') && { username: first(result, 'username') }),
      ...(first(result, 'password') && { password: first(result, 'password') }),
    });
  }

  if (challenge) {
    return (
      <NewPasswordStep
        username={challenge.username}
        challengeSession={challenge.challengeSession}
        onSession={start}
        onCancel={(message) => {
          setChallenge(undefined);
          setErrors(message ? { message } : {});
        }}
      />
    );
  }

  return (
    <AuthFrame title={t.auth.title} intro={t.auth.intro}>
      {!errors.message && <Notice notice={notice} passwordReset={passwordReset} />}
      {errors.message && (
        <Alert color="red" variant="light" role="alert">
          {errors.message}
        </Alert>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t.auth.title}>
        <Stack gap="sm">
          <TextInput
            label={t.auth.username}
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={errors.username}
          />
          <PasswordInput
            label={t.auth.password}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
          <Button type="submit" loading={busy} mt="xs" fullWidth>
            {t.auth.submit}
          </Button>
          <Group justify="center">
            <Anchor component={Link} to="/forgot-password" state={username.trim() ? { username: username.trim() } : undefined} size="sm">
              {t.auth.forgotLink}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </AuthFrame>
  );
}

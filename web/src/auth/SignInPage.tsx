import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { sessionStore } from './session';
import { requestSignIn } from './signIn';
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

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const notice = sessionStore.notice();

  if (session) return <Navigate to={targetFrom(location.state)} replace />;

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
    if (result.ok) {
      sessionStore.signIn(result.session);
      navigate(targetFrom(location.state), { replace: true });
      return;
    }
    const first = (key: string) => result.fieldErrors?.[key]?.[0];
    setErrors({
      message: result.kind === 'network' ? t.common.networkError : (result.message ?? t.common.unexpectedError),
      ...(first('username') && { username: first('username') }),
      ...(first('password') && { password: first('password') }),
    });
  }

  return (
    <Box component="main" mih="100vh" bg="gray.0" p="md">
      <Box ta="right">
        <LanguageSwitch />
      </Box>
      <Center mih="80vh">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <Stack gap="md">
            <div>
              <Text c="red.9" fw={700} size="sm" tt="uppercase">
                {t.app.name}
              </Text>
              <Title order={1} fz={26} mt={4}>
                {t.auth.title}
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {t.auth.intro}
              </Text>
            </div>
            {notice === 'expired' && !errors.message && (
              <Alert color="yellow" variant="light" role="status">
                {t.common.sessionExpired}
              </Alert>
            )}
            {notice === 'signedOut' && !errors.message && (
              <Alert color="blue" variant="light" role="status">
                {t.auth.signedOut}
              </Alert>
            )}
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
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

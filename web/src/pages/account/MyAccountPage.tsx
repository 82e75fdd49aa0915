import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { fieldErrorsOf } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { useMe } from '../../api/useMe';
import { unitNameOf } from '../../app/unitName';
import { checkNewPassword, type NewPasswordErrors, type NewPasswordValue, PasswordFields } from '../../auth/PasswordFields';
import { Facts } from '../../components/Facts';
import { MutationError } from '../../components/MutationError';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { AccountStatusBadge } from '../accounts/AccountStatusBadge';

type OwnAccount = RouterOutputs['accounts']['me'];

/** The name others see; the role and unit are the manager's to change. */
function ProfileForm({ account }: { account: OwnAccount }) {
  const { t } = useI18n();
  const m = t.myAccount;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [done, setDone] = useState(false);
  const save = useMutation(trpc.accounts.updateProfile.mutationOptions());
  const fieldError = fieldErrorsOf(save.error).displayName?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    save.mutate(
      { displayName, expectedVersion: account.version },
      {
        onSuccess: async () => {
          await Promise.all([queryClient.invalidateQueries({ queryKey: trpc.accounts.me.queryKey() }), queryClient.invalidateQueries({ queryKey: trpc.me.get.queryKey() })]);
          setDone(true);
        },
      },
    );
  }

  return (
    <Section title={m.profileTitle} description={m.profileIntro}>
      <form onSubmit={submit} noValidate aria-label={m.profileTitle}>
        <Stack gap="sm" maw={480}>
          <TextInput label={m.displayName} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={fieldError} autoComplete="name" />
          {!fieldError && <MutationError error={save.error} onReload={() => void queryClient.invalidateQueries({ queryKey: trpc.accounts.me.queryKey() })} />}
          {done && (
            <Alert color="green" variant="light" role="status">
              {m.profileSaved}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {m.saveProfile}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The current password, then a new one that meets the policy, twice. */
function PasswordForm() {
  const { t } = useI18n();
  const m = t.myAccount;
  const trpc = useTRPC();
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirm: '' });
  const [errors, setErrors] = useState<NewPasswordErrors & { current?: string }>({});
  const [done, setDone] = useState(false);
  const change = useMutation(trpc.accounts.changePassword.mutationOptions());
  const server = fieldErrorsOf(change.error);
  const shown = { current: errors.current ?? server.currentPassword?.[0], password: errors.password ?? server.newPassword?.[0], confirm: errors.confirm };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    change.reset();
    const problems = { ...(!current && { current: m.currentRequired }), ...checkNewPassword(value, t) };
    if (problems.current || problems.password || problems.confirm) return setErrors(problems);
    setErrors({});
    change.mutate(
      { currentPassword: current, newPassword: value.password },
      {
        onSuccess: () => {
          setCurrent('');
          setValue({ password: '', confirm: '' });
          setDone(true);
        },
      },
    );
  }

  return (
    <Section title={m.passwordTitle} description={m.passwordIntro}>
      <form onSubmit={submit} noValidate aria-label={m.passwordTitle}>
        <Stack gap="sm" maw={480}>
          <PasswordInput
            label={m.currentPassword}
            name="current-password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={shown.current}
          />
          <PasswordFields value={value} errors={shown} onChange={setValue} />
          {!shown.current && !server.newPassword && <MutationError error={change.error} />}
          {done && (
            <Alert color="green" variant="light" role="status">
              {m.passwordChanged}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {m.changePassword}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** "Tài khoản của tôi": who I am to the system, my display name, my password. */
export function MyAccountPage() {
  const { t } = useI18n();
  const m = t.myAccount;
  const trpc = useTRPC();
  const me = useMe();
  const account = useQuery(trpc.accounts.me.queryOptions());
  return (
    <Stack gap="lg">
      <PageHeader title={m.title} />
      <QueryState query={account}>
        {(own) => (
          <>
            <Section title={m.factsTitle}>
              <Facts
                items={[
                  { label: t.accounts.username, value: own.username },
                  { label: t.accounts.role, value: t.roles[own.role] },
                  { label: t.accounts.unit, value: me.data ? unitNameOf(me.data, t.app.platform) : '—' },
                  { label: t.accounts.statusColumn, value: <AccountStatusBadge status={own.status} /> },
                  { label: t.accounts.email, value: <span style={{ overflowWrap: 'anywhere' }}>{own.email ?? '—'}</span> },
                  { label: t.accounts.phone, value: own.phone ?? '—' },
                  { label: m.lastSignIn, value: formatDateTime(own.lastSignInAt) },
                ]}
              />
            </Section>
            <ProfileForm key={own.username} account={own} />
          </>
        )}
      </QueryState>
      <PasswordForm />
    </Stack>
  );
}

import { describeIssues, onboardWithCoordinatorInput } from '@antq/domain';
import { Alert, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError, errorCodeOf, fieldErrorsOf } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { OnboardOutput } from '../../api/types';
import { type IssuedPassword, OneTimePasswordsDialog } from '../../components/OneTimePasswords';
import { useI18n } from '../../i18n';

function OnboardResult({ result }: { result: OnboardOutput }) {
  const { t } = useI18n();
  const { tenant, created, coordinator } = result;
  return (
    <Alert color={created ? 'green' : 'blue'} variant="light" role="status">
      {created ? t.operator.created(tenant.name, tenant.provinceName, tenant.wardCount) : t.operator.existing(tenant.name)}
      {coordinator && ` ${t.operator.coordinatorCreated(coordinator.account.displayName, coordinator.account.username)}`}
    </Alert>
  );
}

interface CoordinatorFields {
  username: string;
  displayName: string;
  email: string;
  phone: string;
}

const noCoordinator: CoordinatorFields = { username: '', displayName: '', email: '', phone: '' };

/**
 * Onboards a district by its GSO code, and optionally its first coordinator in the same step;
 * the shared schema checks both before the API does again. The coordinator's one-time password
 * is shown once.
 */
export function OnboardForm() {
  const { t } = useI18n();
  const o = t.operator;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [coordinator, setCoordinator] = useState<CoordinatorFields>(noCoordinator);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const [issued, setIssued] = useState<IssuedPassword[]>();
  const onboard = useMutation(
    trpc.tenants.onboard.mutationOptions({
      onSuccess: async (result) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tenants.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.accounts.pathKey() }),
        ]);
        if (result.coordinator) {
          setIssued([{ ...result.coordinator.account, temporaryPassword: result.coordinator.temporaryPassword }]);
          setCoordinator(noCoordinator);
        }
      },
    }),
  );

  const server = fieldErrorsOf(onboard.error);
  const taken = errorCodeOf(onboard.error) === 'CONFLICT' ? describeError(onboard.error, t) : undefined;
  const errorOf = (path: string) => localErrors[path]?.[0] ?? server[path]?.[0] ?? (path === 'coordinator.username' ? taken : undefined);
  const onField = Object.keys(server).length > 0 || Boolean(taken);
  const otherError = onboard.isError && !onField ? describeError(onboard.error, t) : undefined;
  const wantsCoordinator = Object.values(coordinator).some((v) => v.trim() !== '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onboard.reset();
    const parsed = onboardWithCoordinatorInput.safeParse({ districtCode: code, ...(wantsCoordinator && { coordinator }) });
    if (!parsed.success) {
      setLocalErrors(describeIssues(parsed.error).fieldErrors);
      return;
    }
    setLocalErrors({});
    onboard.mutate(parsed.data);
  }

  const set = (field: keyof CoordinatorFields) => (value: string) => setCoordinator((c) => ({ ...c, [field]: value }));

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="onboard-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id="onboard-title">
            {o.formTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {o.formIntro}
          </Text>
        </div>
        <form onSubmit={submit} noValidate aria-labelledby="onboard-title">
          <Stack gap="md">
            <TextInput
              label={o.codeLabel}
              description={o.codeHint}
              name="districtCode"
              inputMode="numeric"
              autoComplete="off"
              maxLength={10}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={errorOf('districtCode')}
              w={{ base: '100%', sm: 300 }}
            />
            <Fieldset legend={o.coordinatorLegend}>
              <Text size="sm" c="dimmed" mb="xs">
                {o.coordinatorHint}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={o.coordinatorUsername}
                  description={t.accounts.usernameHint}
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  value={coordinator.username}
                  onChange={(e) => set('username')(e.currentTarget.value)}
                  error={errorOf('coordinator.username')}
                />
                <TextInput
                  label={o.coordinatorName}
                  autoComplete="off"
                  value={coordinator.displayName}
                  onChange={(e) => set('displayName')(e.currentTarget.value)}
                  error={errorOf('coordinator.displayName')}
                />
                <TextInput
                  label={o.coordinatorEmail}
                  type="email"
                  autoComplete="off"
                  description={t.accounts.contactHint}
                  value={coordinator.email}
                  onChange={(e) => set('email')(e.currentTarget.value)}
                  error={errorOf('coordinator.email')}
                />
                <TextInput
                  label={o.coordinatorPhone}
                  type="tel"
                  autoComplete="off"
                  value={coordinator.phone}
                  onChange={(e) => set('phone')(e.currentTarget.value)}
                  error={errorOf('coordinator.phone')}
                />
              </SimpleGrid>
            </Fieldset>
            <Group>
              <Button type="submit" loading={onboard.isPending}>
                {o.submit}
              </Button>
            </Group>
          </Stack>
        </form>
        {otherError && (
          <Alert color="red" variant="light" role="alert">
            {otherError}
          </Alert>
        )}
        {onboard.data && <OnboardResult result={onboard.data} />}
      </Stack>
      {issued && <OneTimePasswordsDialog issued={issued} title={o.coordinatorPasswordTitle} onClose={() => setIssued(undefined)} />}
    </Paper>
  );
}

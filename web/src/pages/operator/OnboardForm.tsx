import { describeIssues, onboardTenantInput } from '@antq/domain';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError, fieldErrorsOf } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { OnboardOutput } from '../../api/types';
import { useI18n } from '../../i18n';

function OnboardResult({ result }: { result: OnboardOutput }) {
  const { t } = useI18n();
  const { tenant, created } = result;
  return (
    <Alert color={created ? 'green' : 'blue'} variant="light" role="status">
      {created ? t.operator.created(tenant.name, tenant.provinceName, tenant.wardCount) : t.operator.existing(tenant.name)}
    </Alert>
  );
}

/** Onboards a district by its GSO code; the shared schema checks the code before the API does again. */
export function OnboardForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string>();
  const onboard = useMutation(
    trpc.tenants.onboard.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.tenants.list.queryKey() }),
    }),
  );

  const serverFieldError = fieldErrorsOf(onboard.error).districtCode?.[0];
  const fieldError = localError ?? serverFieldError;
  const otherError = onboard.isError && !serverFieldError ? describeError(onboard.error, t) : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onboard.reset();
    const parsed = onboardTenantInput.safeParse({ districtCode: code });
    if (!parsed.success) {
      setLocalError(describeIssues(parsed.error).fieldErrors.districtCode?.[0] ?? t.common.unexpectedError);
      return;
    }
    setLocalError(undefined);
    onboard.mutate(parsed.data);
  }

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="onboard-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id="onboard-title">
            {t.operator.formTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {t.operator.formIntro}
          </Text>
        </div>
        <form onSubmit={submit} noValidate aria-labelledby="onboard-title">
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t.operator.codeLabel}
              description={t.operator.codeHint}
              name="districtCode"
              inputMode="numeric"
              autoComplete="off"
              maxLength={10}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={fieldError}
              w={{ base: '100%', sm: 300 }}
            />
            <Button type="submit" loading={onboard.isPending} mt={{ base: 0, sm: 44 }}>
              {t.operator.submit}
            </Button>
          </Group>
        </form>
        {otherError && (
          <Alert color="red" variant="light" role="alert">
            {otherError}
          </Alert>
        )}
        {onboard.data && <OnboardResult result={onboard.data} />}
      </Stack>
    </Paper>
  );
}

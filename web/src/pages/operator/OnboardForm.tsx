import { describeIssues, onboardWithCoordinatorInput, unitLabel } from '@antq/domain';
import { Alert, Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError, errorCodeOf, fieldErrorsOf } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { OnboardOutput } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { toneText } from '../../components/tones';
import { type IssuedPassword, OneTimePasswordsDialog } from '../../components/OneTimePasswords';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { localizeFieldErrors } from '../../i18n/fieldMessages';
import { vietnameseFilter } from './unitFilter';

function OnboardResult({ result }: { result: OnboardOutput }) {
  const { t } = useI18n();
  const { tenant, created, coordinator } = result;
  return (
    <Alert color={created ? 'green' : 'blue'} variant="light" role="status">
      {created ? t.operator.created(unitLabel(tenant.name), unitLabel(tenant.provinceName), tenant.wardCount) : t.operator.existing(unitLabel(tenant.name))}
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

type PreviewOutput = { province: { name: string }; district: { id: string; name: string }; wards: Array<{ id: string; name: string }>; catalogueDate: string; onboarded: boolean };

/** What onboarding the picked district would create: "Thị xã Ba Đồn, 16 phường/xã", its province and its wards. */
function OnboardPreview({ preview }: { preview: PreviewOutput }) {
  const { t } = useI18n();
  const o = t.onboard;
  return (
    <Paper withBorder p="md" role="region" aria-label={o.previewTitle} style={{ borderColor: "var(--mantine-color-blue-7)", borderWidth: 2 }}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {o.previewTitle}
        </Text>
        <Text fw={700} fz="lg">
          {o.preview(unitLabel(preview.district.name), preview.wards.length)}
        </Text>
        <Text size="sm" c="dimmed">
          {o.previewProvince(unitLabel(preview.province.name), formatDate(preview.catalogueDate))}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            {o.previewWards}:{' '}
          </Text>
          {preview.wards.map((w) => w.name).join(', ')}
        </Text>
        {preview.onboarded && (
          <Text size="sm" c={toneText.orange}>
            {o.alreadyOnboarded}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Onboards a district picked by province and name (searched without diacritics), shows what it
 * will create, and asks before committing; optionally its first coordinator in the same step.
 * The shared schema checks both before the API does again. The coordinator's one-time password
 * is shown once.
 */
export function OnboardForm() {
  const { t } = useI18n();
  const o = t.operator;
  const o2 = t.onboard;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [provinceId, setProvinceId] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<ReturnType<typeof onboardWithCoordinatorInput.parse>>();
  const provinces = useQuery({ ...trpc.catalogue.provinces.queryOptions(), staleTime: Infinity });
  const districts = useQuery({ ...trpc.catalogue.districts.queryOptions({ provinceId: provinceId ?? '00' }), enabled: Boolean(provinceId), staleTime: 60_000 });
  const preview = useQuery({ ...trpc.catalogue.preview.queryOptions({ districtCode: code }), enabled: /^\d{3}$/.test(code), staleTime: 60_000 });
  const [coordinator, setCoordinator] = useState<CoordinatorFields>(noCoordinator);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const [issued, setIssued] = useState<IssuedPassword[]>();
  const onboard = useMutation(
    trpc.tenants.onboard.mutationOptions({
      onSuccess: async (result) => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tenants.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.accounts.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.catalogue.pathKey() }),
        ]);
        setConfirming(false);
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
      const found = localizeFieldErrors(describeIssues(parsed.error).fieldErrors);
      if (found.districtCode) found.districtCode = [o2.required];
      setLocalErrors(found);
      return;
    }
    setLocalErrors({});
    setPending(parsed.data);
    setConfirming(true);
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
            <Fieldset legend={o2.pickTitle}>
              <Text size="sm" c="dimmed" mb="xs">
                {o2.pickIntro}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Select
                  label={o2.province}
                  description={o2.provinceHint}
                  searchable
                  filter={vietnameseFilter}
                  nothingFoundMessage={o2.nothingFound}
                  data={(provinces.data ?? []).map((p) => ({ value: p.id, label: unitLabel(p.name) }))}
                  value={provinceId}
                  onChange={(value) => {
                    setProvinceId(value);
                    setCode('');
                  }}
                  disabled={provinces.isPending}
                  error={provinces.isError ? describeError(provinces.error, t) : undefined}
                  comboboxProps={{ withinPortal: true }}
                />
                <Select
                  label={o2.district}
                  description={provinceId ? o2.districtHint : o2.pickProvinceFirst}
                  searchable
                  filter={vietnameseFilter}
                  nothingFoundMessage={o2.nothingFound}
                  data={(districts.data ?? []).map((d) => ({
                    value: d.id,
                    label: d.onboarded ? o2.onboardedOption(o2.districtOption(unitLabel(d.name), d.wardCount)) : o2.districtOption(unitLabel(d.name), d.wardCount),
                  }))}
                  value={code || null}
                  onChange={(value) => setCode(value ?? '')}
                  disabled={!provinceId || districts.isPending}
                  error={errorOf('districtCode')}
                  comboboxProps={{ withinPortal: true }}
                />
              </SimpleGrid>
            </Fieldset>
            {preview.data && preview.data.district.id === code && <OnboardPreview preview={preview.data} />}
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
      <ConfirmDialog
        opened={confirming}
        title={o2.confirmTitle}
        text={
          preview.data && pending
            ? `${o2.confirmText(unitLabel(preview.data.district.name), unitLabel(preview.data.province.name), preview.data.wards.length)}${pending.coordinator ? ` ${o2.confirmCoordinator(pending.coordinator.displayName, pending.coordinator.username)}` : ''}`
            : undefined
        }
        confirmLabel={o2.confirm}
        loading={onboard.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => pending && onboard.mutate(pending)}
      >
        {onboard.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(onboard.error, t)}
          </Alert>
        )}
      </ConfirmDialog>
      {issued && <OneTimePasswordsDialog issued={issued} title={o.coordinatorPasswordTitle} onClose={() => setIssued(undefined)} />}
    </Paper>
  );
}

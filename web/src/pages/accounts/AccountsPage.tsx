import { accountStatuses, type Role } from '@antq/domain';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import type { AccountOutput } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MutationError } from '../../components/MutationError';
import { type IssuedPassword, OneTimePasswordsDialog } from '../../components/OneTimePasswords';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';
import { AccountDialog } from './AccountDialog';
import { AccountImport } from './AccountImport';
import { type AccountAction, AccountList } from './AccountList';
import { type AccountScope, useAccountScope } from './useAccountScope';

/** The roles a filter offers: what the caller's list can hold. */
const filterRoles = (scope: AccountScope): Role[] => (scope.isOperator ? ['coordinator', 'province_staff', 'ward_officer'] : ['ward_officer', 'coordinator']);

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; account: AccountOutput }
  | { kind: 'import' }
  | { kind: 'confirm'; action: 'reset' | 'disable' | 'enable'; account: AccountOutput }
  | { kind: 'passwords'; issued: IssuedPassword[]; title?: string };

/** The operator's unit filter, `d:<district>` or `p:<province>`, as list filters. */
function unitFilter(unit: string): { tenantId?: string; provinceId?: string } {
  if (unit.startsWith('d:')) return { tenantId: unit.slice(2) };
  if (unit.startsWith('p:')) return { provinceId: unit.slice(2) };
  return {};
}

function Filters({ scope, params, setParam }: { scope: AccountScope; params: URLSearchParams; setParam: (key: string, value: string) => void }) {
  const { t } = useI18n();
  const a = t.accounts;
  return (
    <Group align="flex-end" gap="sm">
      {scope.isOperator && (
        <NativeSelect
          label={a.filterUnit}
          value={params.get('unit') ?? ''}
          onChange={(e) => setParam('unit', e.currentTarget.value)}
          data={[
            { value: '', label: a.chooseUnit },
            ...scope.provinces.map((p) => ({
              group: p.provinceName,
              items: [{ value: `p:${p.provinceId}`, label: a.wholeProvince(p.provinceName) }, ...p.districts.map((d) => ({ value: `d:${d.tenantId}`, label: d.name }))],
            })),
          ]}
          w={{ base: '100%', sm: 280 }}
        />
      )}
      <NativeSelect
        label={a.filterRole}
        value={params.get('role') ?? ''}
        onChange={(e) => setParam('role', e.currentTarget.value)}
        data={[{ value: '', label: a.allRoles }, ...filterRoles(scope).map((r) => ({ value: r, label: t.roles[r] }))]}
        w={{ base: '100%', xs: 210 }}
      />
      {scope.isCoordinator && (
        <NativeSelect
          label={a.filterWard}
          value={params.get('ward') ?? ''}
          onChange={(e) => setParam('ward', e.currentTarget.value)}
          data={[{ value: '', label: a.allWards }, ...scope.wards.map((w) => ({ value: w.wardId, label: w.name }))]}
          w={{ base: '100%', xs: 220 }}
        />
      )}
      <NativeSelect
        label={a.filterStatus}
        value={params.get('status') ?? ''}
        onChange={(e) => setParam('status', e.currentTarget.value)}
        data={[{ value: '', label: a.allStatuses }, ...accountStatuses.map((s) => ({ value: s, label: a.status[s] }))]}
        w={{ base: '100%', xs: 200 }}
      />
      <TextInput
        label={a.search}
        description={a.searchHint}
        type="search"
        value={params.get('q') ?? ''}
        onChange={(e) => setParam('q', e.currentTarget.value)}
        w={{ base: '100%', xs: 240 }}
      />
    </Group>
  );
}

/** "Tài khoản": the people of the caller's district (coordinator) or of a chosen province or district (operator). */
export function AccountsPage() {
  const { t } = useI18n();
  const a = t.accounts;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const scope = useAccountScope();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<string>();
  const [search] = useDebouncedValue((params.get('q') ?? '').trim(), 300);

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const unit = params.get('unit') ?? '';
  const needsUnit = scope.isOperator && !unit;
  const role = params.get('role') ?? '';
  const status = params.get('status') ?? '';
  const ward = params.get('ward') ?? '';
  const list = useQuery({
    ...trpc.accounts.list.queryOptions({
      ...(scope.isOperator && unitFilter(unit)),
      ...(role && { role: role as Role }),
      ...(status && { status: status as (typeof accountStatuses)[number] }),
      ...(ward && scope.isCoordinator && { wardId: ward }),
      ...(search && { search }),
    }),
    enabled: !scope.pending && !needsUnit,
    placeholderData: keepPreviousData,
  });

  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.accounts.pathKey() });
  const setEnabled = useMutation(trpc.accounts.setEnabled.mutationOptions());
  const reset = useMutation(trpc.accounts.resetPassword.mutationOptions());

  const onAction = (action: AccountAction, account: AccountOutput) => {
    setNotice(undefined);
    setEnabled.reset();
    reset.reset();
    setDialog(action === 'edit' ? { kind: 'edit', account } : { kind: 'confirm', action, account });
  };

  function confirm(action: 'reset' | 'disable' | 'enable', account: AccountOutput) {
    if (action === 'reset') {
      reset.mutate(
        { username: account.username, expectedVersion: account.version },
        {
          onSuccess: async (issued) => {
            await invalidate();
            setDialog({ kind: 'passwords', issued: [{ ...issued.account, temporaryPassword: issued.temporaryPassword }], title: a.resetDone });
          },
        },
      );
      return;
    }
    setEnabled.mutate(
      { username: account.username, expectedVersion: account.version, enabled: action === 'enable' },
      {
        onSuccess: async (saved) => {
          await invalidate();
          setDialog(undefined);
          setNotice(action === 'enable' ? a.enabled(saved.displayName) : a.disabled(saved.displayName));
        },
      },
    );
  }

  if (scope.pending) return <LoadingState />;
  if (scope.error) return <ErrorState error={scope.error} onRetry={scope.retry} />;

  const defaultTenantId = unitFilter(unit).tenantId;
  const confirmText = (action: 'reset' | 'disable' | 'enable', account: AccountOutput) =>
    action === 'reset' ? a.resetText(account.displayName, account.username) : action === 'disable' ? a.disableText(account.displayName) : a.enableText(account.displayName);

  return (
    <Stack gap="lg">
      <PageHeader title={a.title} subtitle={scope.isOperator ? a.introOperator : a.introCoordinator(scope.me?.tenant?.name ?? '')} />
      {notice && (
        <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(undefined)}>
          {notice}
        </Alert>
      )}
      <Section
        title={a.listTitle}
        actions={
          <>
            <Button onClick={() => setDialog({ kind: 'create' })}>{a.create}</Button>
            <Button variant="default" onClick={() => setDialog({ kind: 'import' })}>
              {a.import}
            </Button>
          </>
        }
      >
        <Filters scope={scope} params={params} setParam={setParam} />
        {needsUnit ? (
          <Text c="dimmed" role="status">
            {a.pickUnit}
          </Text>
        ) : (
          <QueryState query={list}>
            {(accounts) => (
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {a.count(accounts.length)}
                </Text>
                <AccountList accounts={accounts} scope={scope} self={scope.me?.user.username ?? ''} onAction={onAction} />
              </Stack>
            )}
          </QueryState>
        )}
      </Section>

      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <AccountDialog
          scope={scope}
          {...(dialog.kind === 'edit' && { account: dialog.account })}
          {...(defaultTenantId && { defaultTenantId })}
          onIssued={(issued) => setDialog({ kind: 'passwords', issued: [{ ...issued.account, temporaryPassword: issued.temporaryPassword }], title: a.createdTitle })}
          onSaved={setNotice}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'import' && (
        <AccountImport
          scope={scope}
          onImported={(created) =>
            setDialog({ kind: 'passwords', issued: created.map((c) => ({ ...c.account, temporaryPassword: c.temporaryPassword })), title: a.importedTitle(created.length) })
          }
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'confirm' && (
        <ConfirmDialog
          opened
          title={dialog.action === 'reset' ? a.resetTitle : dialog.action === 'disable' ? a.disableTitle : a.enableTitle}
          text={confirmText(dialog.action, dialog.account)}
          confirmLabel={dialog.action === 'reset' ? a.reset : dialog.action === 'disable' ? a.disable : a.enable}
          confirmColor={dialog.action === 'disable' ? toneText.red : undefined}
          loading={setEnabled.isPending || reset.isPending}
          onConfirm={() => confirm(dialog.action, dialog.account)}
          onClose={() => setDialog(undefined)}
        >
          <MutationError error={setEnabled.error ?? reset.error} onReload={() => void invalidate().then(() => setDialog(undefined))} />
        </ConfirmDialog>
      )}
      {dialog?.kind === 'passwords' && <OneTimePasswordsDialog issued={dialog.issued} title={dialog.title} onClose={() => setDialog(undefined)} />}
    </Stack>
  );
}

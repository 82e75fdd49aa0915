import type { Role } from '@antq/domain';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError, errorCodeOf, fieldErrorsOf } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import type { AccountOutput, IssuedAccountOutput } from '../../api/types';
import { MutationError } from '../../components/MutationError';
import { useI18n } from '../../i18n';
import { RecordDialog } from '../movement/shared/RecordDialog';
import {
  type AccountFormErrors,
  type AccountFormValues,
  accountUpdateFrom,
  emptyAccountForm,
  formErrorsOf,
  formOfAccount,
  newAccountFrom,
} from './accountForm';
import type { AccountScope } from './useAccountScope';

interface Props {
  scope: AccountScope;
  /** Edit this account; a new one otherwise. */
  account?: AccountOutput;
  /** The operator's district filter: a new coordinator starts there. */
  defaultTenantId?: string;
  onIssued: (issued: IssuedAccountOutput) => void;
  onSaved: (message: string) => void;
  onClose: () => void;
}

/**
 * Creates an account (role from what the caller may give; the ward of a ward officer; for the
 * operator the district of a coordinator or the province of provincial staff), or edits one
 * (name, contact, a ward officer's ward). The form is checked with the server's own schema
 * before it is sent; the server's problems land on their fields.
 */
export function AccountDialog({ scope, account, defaultTenantId, onIssued, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const a = t.accounts;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const firstRole: Role | '' = scope.grantable[0] ?? '';
  const [values, setValues] = useState<AccountFormValues>(() =>
    account
      ? formOfAccount(account)
      : emptyAccountForm({ role: firstRole, tenantId: scope.isCoordinator ? scope.tenantId : (defaultTenantId ?? '') }),
  );
  const [errors, setErrors] = useState<AccountFormErrors>({});
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.accounts.pathKey() });
  const create = useMutation(trpc.accounts.create.mutationOptions());
  const update = useMutation(trpc.accounts.update.mutationOptions());
  const mutation = account ? update : create;

  const set = (field: keyof AccountFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const shown = { ...errors, ...formErrorsOf(fieldErrorsOf(mutation.error)) };
  // A taken username is answered 409 on create: it belongs on the field, not in a "data changed" box.
  const taken = !account && errorCodeOf(create.error) === 'CONFLICT' ? describeError(create.error, t) : undefined;
  if (taken) shown.username = taken;
  const fieldProblem = Object.keys(formErrorsOf(fieldErrorsOf(mutation.error))).length > 0 || Boolean(taken);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.reset();
    update.reset();
    if (account) {
      const checked = accountUpdateFrom(account, values);
      if ('errors' in checked) return setErrors(checked.errors);
      setErrors({});
      update.mutate(checked.input, {
        onSuccess: async (saved) => {
          await invalidate();
          onSaved(a.saved(saved.displayName));
          onClose();
        },
      });
      return;
    }
    const checked = newAccountFrom(values);
    if ('errors' in checked) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.input as Parameters<typeof create.mutate>[0], {
      onSuccess: async (issued) => {
        await invalidate();
        onClose();
        onIssued(issued);
      },
    });
  }

  const role = values.role;
  const isOperatorCreating = !account && scope.isOperator;
  const districtData = [
    { value: '', label: a.chooseDistrict },
    ...scope.provinces.map((p) => ({ group: p.provinceName, items: p.districts.map((d) => ({ value: d.tenantId, label: d.name })) })),
  ];
  const provinceData = [{ value: '', label: a.chooseProvince }, ...scope.provinces.map((p) => ({ value: p.provinceId, label: p.provinceName }))];
  const wardData = [{ value: '', label: a.chooseWard }, ...scope.wards.map((w) => ({ value: w.wardId, label: w.name }))];

  return (
    <RecordDialog title={account ? a.editTitle(account.displayName) : a.newTitle} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-label={account ? a.editTitle(account.displayName) : a.newTitle}>
        <Stack gap="sm">
          {account ? (
            <Text size="sm">
              {a.editing(account.username, t.roles[account.role])}
            </Text>
          ) : (
            <>
              <NativeSelect
                label={a.role}
                value={role}
                onChange={(e) => set('role')(e.currentTarget.value)}
                data={scope.grantable.map((r) => ({ value: r, label: t.roles[r] }))}
                error={shown.role}
              />
              <TextInput
                label={a.username}
                description={a.usernameHint}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                value={values.username}
                onChange={(e) => set('username')(e.currentTarget.value)}
                error={shown.username}
              />
            </>
          )}
          <TextInput label={a.displayName} autoComplete="off" value={values.displayName} onChange={(e) => set('displayName')(e.currentTarget.value)} error={shown.displayName} />
          {isOperatorCreating && (role === 'coordinator' || role === 'ward_officer') && (
            <NativeSelect label={a.district} value={values.tenantId} onChange={(e) => set('tenantId')(e.currentTarget.value)} data={districtData} error={shown.tenantId} />
          )}
          {isOperatorCreating && role === 'province_staff' && (
            <NativeSelect label={a.province} value={values.provinceId} onChange={(e) => set('provinceId')(e.currentTarget.value)} data={provinceData} error={shown.provinceId} />
          )}
          {role === 'ward_officer' && scope.isCoordinator && (
            <NativeSelect label={a.ward} value={values.wardId} onChange={(e) => set('wardId')(e.currentTarget.value)} data={wardData} error={shown.wardId} />
          )}
          <TextInput
            label={a.email}
            type="email"
            autoComplete="off"
            description={a.contactHint}
            value={values.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={shown.email}
          />
          <TextInput label={a.phone} type="tel" autoComplete="off" value={values.phone} onChange={(e) => set('phone')(e.currentTarget.value)} error={shown.phone} />
          {!fieldProblem && <MutationError error={mutation.error} onReload={() => void invalidate().then(onClose)} />}
          {fieldProblem && (
            <Alert color="red" variant="light" role="alert">
              {a.fixFields}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {account ? a.saveEdit : a.createSubmit}
            </Button>
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t.common.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </RecordDialog>
  );
}

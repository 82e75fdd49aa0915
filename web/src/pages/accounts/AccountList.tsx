import { Button, Group, Paper, Stack, Table, Text, useMantineTheme, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AccountOutput } from '../../api/types';
import { toneText } from '../../components/tones';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import { AccountStatusBadge } from './AccountStatusBadge';
import type { AccountScope } from './useAccountScope';

export type AccountAction = 'edit' | 'reset' | 'disable' | 'enable';

interface Props {
  accounts: readonly AccountOutput[];
  scope: AccountScope;
  /** The signed-in user: they cannot lock themselves out. */
  self: string;
  onAction: (action: AccountAction, account: AccountOutput) => void;
}

/** Where an account belongs, in words: its ward, its district or its province. */
function useUnitOf(scope: AccountScope) {
  return (a: AccountOutput): string => {
    if (a.role === 'ward_officer') return scope.wardName(a.wardId) ?? a.wardId ?? '—';
    if (a.role === 'coordinator') return scope.districtName(a.tenantId) ?? a.tenantId ?? '—';
    if (a.role === 'province_staff') return scope.provinceName(a.provinceId) ?? a.provinceId ?? '—';
    return '—';
  };
}

function Actions({ account, self, onAction }: { account: AccountOutput; self: string; onAction: Props['onAction'] }) {
  const { t } = useI18n();
  const a = t.accounts;
  const name = account.displayName;
  const disabled = account.status === 'disabled';
  return (
    <Group gap={6} wrap="wrap">
      <Button size="compact-sm" variant="light" color={toneText.blue} onClick={() => onAction('edit', account)} aria-label={a.editOf(name)}>
        {t.common.edit}
      </Button>
      {!disabled && (
        <Button size="compact-sm" variant="light" color={toneText.orange} onClick={() => onAction('reset', account)} aria-label={a.resetOf(name)}>
          {a.reset}
        </Button>
      )}
      {account.username !== self &&
        (disabled ? (
          <Button size="compact-sm" variant="light" color={toneText.green} onClick={() => onAction('enable', account)} aria-label={a.enableOf(name)}>
            {a.enable}
          </Button>
        ) : (
          <Button size="compact-sm" variant="light" color={toneText.red} onClick={() => onAction('disable', account)} aria-label={a.disableOf(name)}>
            {a.disable}
          </Button>
        ))}
    </Group>
  );
}

/** E-mail and phone, where reset codes go. */
function Contact({ account, dimmed = false }: { account: AccountOutput; dimmed?: boolean }) {
  const { t } = useI18n();
  const c = dimmed ? 'dimmed' : undefined;
  return (
    <>
      {account.email && (
        <Text size="sm" c={c} fw={400} style={{ wordBreak: 'break-all' }}>
          <VisuallyHidden>{t.accounts.email}: </VisuallyHidden>
          {account.email}
        </Text>
      )}
      {account.phone && (
        <Text size="sm" c={c} fw={400}>
          <VisuallyHidden>{t.accounts.phone}: </VisuallyHidden>
          {account.phone}
        </Text>
      )}
    </>
  );
}

/**
 * The accounts: a table on a wide screen; on a phone one card per account (name, username, role,
 * unit, status, actions), so that nothing a person needs is off the screen at 390 px.
 */
export function AccountList({ accounts, scope, self, onAction }: Props) {
  const { t } = useI18n();
  const a = t.accounts;
  const theme = useMantineTheme();
  const phone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  const unitOf = useUnitOf(scope);

  if (accounts.length === 0) {
    return (
      <Text c="dimmed" role="status">
        {a.empty}
      </Text>
    );
  }

  if (phone) {
    return (
      <Stack component="ul" gap="sm" p={0} m={0} aria-label={a.table} style={{ listStyle: 'none' }}>
        {accounts.map((account) => (
          <Paper component="li" key={account.username} withBorder p="sm" aria-label={account.displayName}>
            <Stack gap={6}>
              <div>
                <Text fw={600}>{account.displayName}</Text>
                <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {account.username}
                </Text>
              </div>
              <div>
                <AccountStatusBadge status={account.status} />
              </div>
              <Text size="sm">
                {t.roles[account.role]} · {unitOf(account)}
              </Text>
              <Contact account={account} />
              <Actions account={account} self={self} onAction={onAction} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={900} type="native" tabIndex={0}>
      <Table aria-label={a.table} striped highlightOnHover withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{a.person}</Table.Th>
            <Table.Th scope="col" w={140}>
              {a.role}
            </Table.Th>
            <Table.Th scope="col" w={150}>
              {a.unit}
            </Table.Th>
            <Table.Th scope="col" w={160}>
              {a.statusColumn}
            </Table.Th>
            <Table.Th scope="col" w={270}>
              {a.actions}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.username}>
              <Table.Th scope="row" fw={500}>
                <Text fw={600} size="sm">
                  {account.displayName}
                </Text>
                <Text size="sm" ff="monospace">
                  {account.username}
                </Text>
                <Contact account={account} dimmed />
              </Table.Th>
              <Table.Td>{t.roles[account.role]}</Table.Td>
              <Table.Td>{unitOf(account)}</Table.Td>
              <Table.Td>
                <AccountStatusBadge status={account.status} />
                <Text size="xs" c="dimmed" mt={4}>
                  {account.lastSignInAt ? a.lastSignIn(formatDateTime(account.lastSignInAt)) : a.neverSignedIn}
                </Text>
              </Table.Td>
              <Table.Td>
                <Actions account={account} self={self} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

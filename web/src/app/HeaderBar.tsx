import { Anchor, Badge, Burger, Button, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../api/useMe';
import { useSignOut } from '../auth/useSignOut';
import { useI18n } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { unitNameOf } from './unitName';

interface Props {
  /** Room for the notification bell (a later release), shown before the account. */
  notifications?: ReactNode;
  /** Small screens show the account in the navbar instead (only one copy is ever in the page). */
  showAccount: boolean;
  navOpened: boolean;
  onToggleNav: () => void;
}

/** The signed-in user: name, role(s), unit. `compact` is the copy shown in the navbar on small screens. */
export function Account({ compact = false, onNavigate }: { compact?: boolean; onNavigate?: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return compact ? null : <Skeleton height={36} width={220} aria-label={t.common.loading} />;
  if (me.isError) return null;
  const { user } = me.data;
  return (
    <Stack
      gap={2}
      align={compact ? 'flex-start' : 'flex-end'}
      aria-label={t.header.account}
      role="group"
      {...(compact && { pb: 'sm', mb: 'sm', style: { borderBottom: '1px solid var(--mantine-color-gray-3)' } })}
    >
      <Group gap={6} wrap={compact ? 'wrap' : 'nowrap'}>
        <Text fw={600} size="sm">
          {user.displayName}
        </Text>
        {user.roles.map((role) => (
          <Badge key={role} size="sm" variant="light" c="blue.9">
            {t.roles[role]}
          </Badge>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {unitNameOf(me.data, t.app.platform)}
      </Text>
      {compact && (
        <Anchor component={Link} to="/account" size="sm" onClick={onNavigate}>
          {t.header.myAccount}
        </Anchor>
      )}
    </Stack>
  );
}

export function HeaderBar({ notifications, showAccount, navOpened, onToggleNav }: Props) {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t.app.toggleMenu} />
        <UnstyledButton component={Link} to="/" miw={0}>
          <Text fw={700} c="red.9" size="lg" truncate="end">
            {t.app.name}
          </Text>
        </UnstyledButton>
      </Group>
      <Group gap="md" wrap="nowrap">
        {notifications}
        {showAccount && <Account />}
        {showAccount && (
          <Button component={Link} to="/account" variant="subtle" size="xs">
            {t.header.myAccount}
          </Button>
        )}
        <LanguageSwitch />
        <Button variant="default" size="xs" onClick={signOut}>
          {t.auth.signOut}
        </Button>
      </Group>
    </Group>
  );
}
